using System.ComponentModel.DataAnnotations;

namespace MissionControl.Web.Infrastructure;

/// <summary>Bound from <c>MissionControl:Site</c>: who runs this Mission Control, shown in the header and on the dashboard.</summary>
public sealed class SiteOptions
{
    public const string Section = "MissionControl:Site";

    [Required, MaxLength(120)]
    public string OrganisationName { get; set; } = "The Government";

    [Required, MaxLength(80)]
    public string ServiceName { get; set; } = "Mission Control";
}
