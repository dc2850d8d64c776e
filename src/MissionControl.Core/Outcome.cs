namespace MissionControl.Core;

public enum OutcomeKind
{
    Ok,

    /// <summary>The input broke a rule; <see cref="Outcome{T}.Errors"/> says which field and why.</summary>
    Invalid,

    NotFound,

    /// <summary>Someone else changed the record first, or a unique name is taken.</summary>
    Conflict,
}

/// <summary>The result of a use case: a value, or field-level errors the caller shows as they are.</summary>
public sealed class Outcome<T>
{
    private Outcome(OutcomeKind kind, T? value, IReadOnlyDictionary<string, string[]> errors, string? message)
    {
        Kind = kind;
        Value = value;
        Errors = errors;
        Message = message;
    }

    public OutcomeKind Kind { get; }

    public T? Value { get; }

    /// <summary>Messages by field name (camelCase, as in the API); a row of a batch is <c>rows[3].period</c>.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public string? Message { get; }

    public bool Succeeded => Kind == OutcomeKind.Ok;

    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, Empty, null);

    public static Outcome<T> Invalid(ValidationErrors errors) => new(OutcomeKind.Invalid, default, errors.ToDictionary(), null);

    public static Outcome<T> Invalid(string field, string message) => Invalid(new ValidationErrors().Add(field, message));

    public static Outcome<T> NotFound(string message) => new(OutcomeKind.NotFound, default, Empty, message);

    public static Outcome<T> Conflict(string message) => new(OutcomeKind.Conflict, default, Empty, message);

    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();
}

/// <summary>Collects field-level messages while validating input.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public int Count => _errors.Count;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public ValidationErrors AddAll(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }

        return this;
    }

    public void Required(string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"Enter {label}.");
        }
        else
        {
            MaxLength(field, value, label, maxLength);
        }
    }

    public void MaxLength(string field, string? value, string label, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"{Capitalise(label)} must be {maxLength} characters or fewer.");
        }
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
