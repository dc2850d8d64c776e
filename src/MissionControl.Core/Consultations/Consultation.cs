namespace MissionControl.Core.Consultations;

public enum Channel
{
    Online,
    Workshop,
    CitizenPanel,
    VisionaryCouncil,
}

/// <summary>
/// A call for the public's ideas on a mission or an initiative: online, as workshops, a citizen panel or a
/// visionary council. Proposals and comments come in while it is open; at close the team publishes a synthesis.
/// </summary>
public class Consultation : IVersioned
{
    public int Id { get; set; }

    /// <summary>Raised on every change, so an edit made from a stale copy is refused.</summary>
    public int Version { get; set; }

    public required string Slug { get; set; }

    public int MissionId { get; set; }

    public int? InitiativeId { get; set; }

    public Channel Channel { get; set; }

    public required string Title { get; set; }

    /// <summary>The question put to the public, in Markdown.</summary>
    public required string Prompt { get; set; }

    public DateOnly Opens { get; set; }

    public DateOnly Closes { get; set; }

    /// <summary>The team's synthesis, in Markdown, published at close.</summary>
    public string? Synthesis { get; set; }

    public DateTimeOffset? SynthesisPublishedAt { get; set; }

    /// <summary>Stakeholders engaged through this consultation (ids on the mission's stakeholder map).</summary>
    public List<int> EngagedStakeholderIds { get; set; } = [];

    public List<Workshop> Workshops { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A workshop held within a consultation: when, who took part and what came out.</summary>
public class Workshop
{
    public DateOnly Date { get; set; }

    public int Participants { get; set; }

    public string? Outputs { get; set; }
}

/// <summary>A citizen's proposal in Markdown; it can be adopted into an initiative, which makes its trace visible.</summary>
public class Proposal
{
    public int Id { get; set; }

    public int ConsultationId { get; set; }

    public required string AuthorId { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Supports { get; set; }

    public Moderation Moderation { get; set; } = new();

    public int? AdoptedInitiativeId { get; set; }

    public DateTimeOffset? AdoptedAt { get; set; }
}

public class Comment
{
    public int Id { get; set; }

    public int ProposalId { get; set; }

    public required string AuthorId { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Moderation Moderation { get; set; } = new();
}

/// <summary>Whether an item is hidden, why, and how many users reported it (enough reports hide it pending review).</summary>
public class Moderation
{
    public bool Hidden { get; set; }

    public string? Reason { get; set; }

    public int Reports { get; set; }

    /// <summary>Hidden by reports and waiting for a moderator.</summary>
    public bool PendingReview { get; set; }

    public string? ModeratedBy { get; set; }

    public DateTimeOffset? ModeratedAt { get; set; }
}

/// <summary>One person's support for one proposal.</summary>
public class Support
{
    public int ProposalId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>One person's report of a proposal or a comment.</summary>
public class Report
{
    public int Id { get; set; }

    public int? ProposalId { get; set; }

    public int? CommentId { get; set; }

    public required string UserId { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset At { get; set; }
}
