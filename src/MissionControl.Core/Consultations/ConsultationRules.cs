namespace MissionControl.Core.Consultations;

/// <summary>Limits on what the public writes, bound from <c>MissionControl:Consultations</c>.</summary>
public sealed class ConsultationsOptions
{
    public const string Section = "MissionControl:Consultations";

    /// <summary>Reports from this many different users hide an item until a moderator reviews it.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int ReportsToHide { get; set; } = 3;

    [System.ComponentModel.DataAnnotations.Range(1, 10000)]
    public int ProposalsPerHour { get; set; } = 5;

    [System.ComponentModel.DataAnnotations.Range(1, 10000)]
    public int CommentsPerHour { get; set; } = 20;

    [System.ComponentModel.DataAnnotations.Range(1, 10000)]
    public int ReportsPerHour { get; set; } = 20;
}

/// <summary>Whether a consultation takes proposals and comments on a given day: from its opening to its closing day, both included.</summary>
public static class ConsultationWindow
{
    public static bool IsOpen(DateOnly opens, DateOnly closes, DateOnly today) => today >= opens && today <= closes;

    public static string Describe(DateOnly opens, DateOnly closes, DateOnly today) =>
        today < opens ? "opens soon" : today > closes ? "closed" : "open";
}

/// <summary>What reports do to an item's moderation state.</summary>
public static class ModerationRule
{
    /// <summary>
    /// Counts one more report. When the count reaches <paramref name="reportsToHide"/> an item that is visible is
    /// hidden and marked for review; an item a moderator has already restored after review stays visible, so a
    /// group cannot hide it again by reporting. Returns true when this report hid the item.
    /// </summary>
    public static bool ApplyReport(Moderation moderation, int reportsToHide)
    {
        ArgumentNullException.ThrowIfNull(moderation);
        moderation.Reports++;
        if (moderation.Hidden || moderation.Reports < reportsToHide || moderation.ModeratedBy is not null)
        {
            return false;
        }

        moderation.Hidden = true;
        moderation.PendingReview = true;
        moderation.Reason = $"reported by {moderation.Reports} people; waiting for review";
        return true;
    }

    public static void Hide(Moderation moderation, string reason, string moderator, DateTimeOffset at)
    {
        moderation.Hidden = true;
        moderation.PendingReview = false;
        moderation.Reason = reason;
        moderation.ModeratedBy = moderator;
        moderation.ModeratedAt = at;
    }

    public static void Restore(Moderation moderation, string moderator, DateTimeOffset at)
    {
        moderation.Hidden = false;
        moderation.PendingReview = false;
        moderation.Reason = null;
        moderation.ModeratedBy = moderator;
        moderation.ModeratedAt = at;
    }

    /// <summary>What the public reads in place of a hidden item.</summary>
    public static string HiddenNotice(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Hidden by the moderators." : $"Hidden by the moderators: {reason}";
}

/// <summary>
/// A per-person limit over a sliding hour. The caller counts the person's items since <see cref="WindowStart"/>
/// in the database, so every web node sees the same count.
/// </summary>
public static class RateLimitRule
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public static DateTimeOffset WindowStart(DateTimeOffset now) => now - Window;

    /// <summary>Null when one more is allowed; otherwise how long until the oldest item in the window leaves it.</summary>
    public static TimeSpan? RetryAfter(IReadOnlyCollection<DateTimeOffset> recent, int limit, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(recent);
        var inWindow = recent.Where(t => t > WindowStart(now)).Order().ToList();
        if (inWindow.Count < limit)
        {
            return null;
        }

        // The item that must leave the window before one more fits.
        var leaving = inWindow[inWindow.Count - limit];
        var wait = leaving + Window - now;
        return wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait;
    }
}
