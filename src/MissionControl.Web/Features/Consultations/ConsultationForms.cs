using MissionControl.Core.Consultations;

namespace MissionControl.Web.Features.Consultations;

/// <summary>The status a form page answers with when a use case refuses, the same as the API's.</summary>
public static class ConsultationForms
{
    public static int Status(ConsultationOutcomeKind kind) => kind switch
    {
        ConsultationOutcomeKind.Invalid => StatusCodes.Status400BadRequest,
        ConsultationOutcomeKind.NotFound => StatusCodes.Status404NotFound,
        ConsultationOutcomeKind.Conflict => StatusCodes.Status409Conflict,
        ConsultationOutcomeKind.TooMany => StatusCodes.Status429TooManyRequests,
        ConsultationOutcomeKind.Refused => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status200OK,
    };
}
