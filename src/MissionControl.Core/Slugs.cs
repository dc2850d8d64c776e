using System.Text.RegularExpressions;

namespace MissionControl.Core;

/// <summary>Slugs name things in URLs: lower-case letters, digits and single hyphens.</summary>
public static partial class Slugs
{
    public const int MaxLength = 80;

    public static void Validate(string field, string? slug, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            errors.Add(field, "Enter a slug (the short name used in web addresses), e.g. climate-2030.");
        }
        else if (slug.Length > MaxLength || !Pattern().IsMatch(slug))
        {
            errors.Add(field, $"'{Truncate(slug)}' is not a valid slug. Use lower-case letters, digits and hyphens, up to {MaxLength} characters, e.g. climate-2030.");
        }
    }

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
