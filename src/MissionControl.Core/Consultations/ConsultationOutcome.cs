namespace MissionControl.Core.Consultations;

public enum ConsultationOutcomeKind
{
    Ok,

    /// <summary>Bad input; <see cref="ConsultationOutcome{T}.Errors"/> says which field and why.</summary>
    Invalid,

    NotFound,

    /// <summary>A unique name is taken.</summary>
    Conflict,

    /// <summary>Understood, but a rule of the consultation forbids it (closed, hidden, another mission's initiative).</summary>
    Refused,

    /// <summary>The person has written too much in the last hour; <see cref="ConsultationOutcome{T}.RetryAfter"/> says when to try again.</summary>
    TooMany,
}

/// <summary>The result of a consultation use case.</summary>
public sealed class ConsultationOutcome<T>
{
    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();

    private ConsultationOutcome(ConsultationOutcomeKind kind, T? value, IReadOnlyDictionary<string, string[]>? errors, string? message, TimeSpan? retryAfter)
    {
        Kind = kind;
        Value = value;
        Errors = errors ?? Empty;
        Message = message;
        RetryAfter = retryAfter;
    }

    public ConsultationOutcomeKind Kind { get; }

    public T? Value { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public string? Message { get; }

    public TimeSpan? RetryAfter { get; }

    public bool Succeeded => Kind == ConsultationOutcomeKind.Ok;

    public static ConsultationOutcome<T> Ok(T value) => new(ConsultationOutcomeKind.Ok, value, null, null, null);

    public static ConsultationOutcome<T> Invalid(ValidationErrors errors) => new(ConsultationOutcomeKind.Invalid, default, errors.ToDictionary(), null, null);

    public static ConsultationOutcome<T> Invalid(string field, string message) => Invalid(new ValidationErrors().Add(field, message));

    public static ConsultationOutcome<T> NotFound(string message) => new(ConsultationOutcomeKind.NotFound, default, null, message, null);

    public static ConsultationOutcome<T> Conflict(string message) => new(ConsultationOutcomeKind.Conflict, default, null, message, null);

    public static ConsultationOutcome<T> Refused(string message) => new(ConsultationOutcomeKind.Refused, default, null, message, null);

    public static ConsultationOutcome<T> TooMany(string message, TimeSpan retryAfter) => new(ConsultationOutcomeKind.TooMany, default, null, message, retryAfter);

    public ConsultationOutcome<TOther> As<TOther>() => new(Kind, default, Errors, Message, RetryAfter);
}
