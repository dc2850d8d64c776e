using System.Text;

namespace MissionControl.Core;

/// <summary>
/// The kebab-case codes the API and forms use for enum values (<c>OnTrack</c> ↔ <c>on-track</c>,
/// <c>CivilSociety</c> ↔ <c>civil-society</c>).
/// </summary>
public static class Codes
{
    public static string ToCode<TEnum>(TEnum value) where TEnum : struct, Enum => ToKebab(value.ToString());

    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => ToCode(v))];

    public static bool TryParse<TEnum>(string? code, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(ToCode(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Parses a code, adding "must be one of ..." to <paramref name="errors"/> when it is unknown.</summary>
    public static TEnum Parse<TEnum>(string? code, string field, string label, ValidationErrors errors, TEnum? fallback = null)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(code) && fallback is { } given)
        {
            return given;
        }

        if (TryParse<TEnum>(code, out var value))
        {
            return value;
        }

        errors.Add(field, string.IsNullOrWhiteSpace(code)
            ? $"Choose {label}: {string.Join(", ", All<TEnum>())}."
            : $"'{code}' is not a valid {label}. Use one of: {string.Join(", ", All<TEnum>())}.");
        return default;
    }

    private static string ToKebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
