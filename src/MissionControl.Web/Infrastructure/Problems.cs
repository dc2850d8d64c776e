using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MissionControl.Web.Infrastructure;

/// <summary>RFC 9457 problem details for the API, with the same wording the forms show.</summary>
public static class Problems
{
    public static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors, string? title = null) =>
        TypedResults.ValidationProblem(errors, title: title ?? "The request has errors. Each field below says what to correct.",
            type: "https://missioncontrol.example/problems/validation");

    public static NotFound<ProblemDetails> NotFound(string detail) =>
        TypedResults.NotFound(new ProblemDetails { Status = 404, Title = "Not found", Detail = detail, Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5" });

    public static Conflict<ProblemDetails> Conflict(string detail) =>
        TypedResults.Conflict(new ProblemDetails { Status = 409, Title = "Conflict", Detail = detail, Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10" });

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: 403, title: "Forbidden", detail: detail);

    public static ProblemHttpResult PreconditionFailed(string detail) =>
        TypedResults.Problem(statusCode: 412, title: "Precondition failed", detail: detail);

    /// <summary>Reads an <c>If-Match</c> version (<c>"3"</c> or <c>W/"3"</c>); null when absent.</summary>
    public static int? IfMatchVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        var text = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(text.Trim('"'), System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : -1;
    }

    public static string ETag(int version) => $"\"{version}\"";
}
