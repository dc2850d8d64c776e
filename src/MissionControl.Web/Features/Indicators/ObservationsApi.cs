using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MissionControl.Core;
using MissionControl.Core.Data;
using MissionControl.Core.Indicators;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Indicators;

/// <summary>The answer to a batch of observations: what changed and the indicator's new assessment.</summary>
public sealed record ObservationBatchResult(int Created, int Updated, AssessmentSummary Assessment);

public static partial class ObservationsApi
{
    /// <summary>Largest accepted body: about 50,000 CSV rows.</summary>
    public const long MaxBodyBytes = 10 * 1024 * 1024;

    public static IEndpointRouteBuilder MapObservationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/indicators/{slug}/observations").WithTags("Observations");

        group.MapGet("/", ListAsync)
            .WithName("ListObservations")
            .WithSummary("An indicator's observations in time order")
            .WithDescription("Public. `?breakdown=` narrows to one breakdown (empty for the headline series only). " +
                "`?format=csv` or `Accept: text/csv` answers CSV with the columns period,value,breakdown,flags,sourceNote.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .AllowAnonymous();

        group.MapPost("/", RecordAsync)
            .WithName("RecordObservations")
            .WithSummary("Record observations, all or nothing")
            .WithDescription("Body: a JSON array of `{period, value, breakdown?, flags?, sourceNote?}` (flags: provisional, estimated), " +
                "or `text/csv` with the header `period,value` and optional columns breakdown, flags, sourceNote. Observations are upserted " +
                "by (indicator, period, breakdown); if any row is bad nothing is saved and the 400 problem names each row (counted from 1) " +
                "and field, e.g. `rows[3].value`. Send an `Idempotency-Key` header to make retries safe: the same key and body answer " +
                "the first result again; the same key with a different body is refused (422). The indicator is reassessed in the same transaction.")
            .Accepts<List<ObservationInput>>("application/json", "text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .RequireAuthorization(Policies.ApiWriter);

        return app;
    }

    private static async Task<Results<Ok<List<ObservationView>>, FileContentHttpResult, NotFound<ProblemDetails>>> ListAsync(
        string slug, string? breakdown, string? format, HttpRequest request, IndicatorQueries queries, Caller caller, CancellationToken ct)
    {
        var indicator = await queries.FindAsync(slug, caller.CanSeeDrafts, ct);
        if (indicator is null)
        {
            return Problems.NotFound($"There is no indicator '{slug}'.");
        }

        var observations = await queries.ObservationsAsync(slug, breakdown, ct);
        var wantsCsv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            || request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase);
        if (!wantsCsv)
        {
            return TypedResults.Ok(observations);
        }

        using var writer = new StringWriter();
        ObservationCsv.Write(writer, observations.Select(o => new Observation
        {
            Period = o.Period,
            Value = o.Value,
            Breakdown = o.Breakdown ?? Observation.Headline,
            Provisional = o.Flags.Contains(RecordObservations.Provisional),
            Estimated = o.Flags.Contains(RecordObservations.Estimated),
            SourceNote = o.SourceNote,
        }));
        return TypedResults.File(Encoding.UTF8.GetBytes(writer.ToString()), "text/csv; charset=utf-8", $"{slug}-observations.csv");
    }

    private static async Task<Results<Ok<ObservationBatchResult>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> RecordAsync(
        string slug, HttpRequest request, MissionControlDb db, RecordObservations record, Idempotency idempotency,
        Caller caller, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        var indicator = await db.Indicators.AsNoTracking().Where(i => i.Slug == slug)
            .Select(i => new { i.MissionId, i.SourceOrganisationId, i.InitiativeId }).FirstOrDefaultAsync(ct);
        if (indicator is null)
        {
            return Problems.NotFound($"There is no indicator '{slug}'.");
        }

        if (!await caller.CanRecordObservationsAsync(indicator.MissionId, indicator.SourceOrganisationId, indicator.InitiativeId, ct))
        {
            return Problems.Forbidden("Only the mission's owners, administrators and contributors of the indicator's source organisation record observations.");
        }

        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(ct);
        }

        var key = Idempotency.KeyOf(request);
        var hash = Idempotency.HashOf(request, body);
        var userId = caller.UserId!;
        if (key is not null)
        {
            if (key.Length > Idempotency.MaxKeyLength)
            {
                return TypedResults.Problem(statusCode: 400, title: "Bad Idempotency-Key", detail: $"The Idempotency-Key header must be {Idempotency.MaxKeyLength} characters or fewer.");
            }

            if (await idempotency.FindAsync(userId, key, ct) is { } earlier)
            {
                if (earlier.RequestHash != hash)
                {
                    return TypedResults.Problem(statusCode: 422, title: "Idempotency-Key reused",
                        detail: "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
                }

                request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
                return TypedResults.Ok(Idempotency.Replay<ObservationBatchResult>(earlier)!);
            }
        }

        var parsed = Parse(request.ContentType, body, json.Value.SerializerOptions);
        if (parsed.Kind == OutcomeKind.Conflict)
        {
            return TypedResults.Problem(statusCode: 415, title: "Unsupported media type", detail: parsed.Message);
        }

        if (!parsed.Succeeded)
        {
            return Problems.Invalid(parsed.Errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var outcome = await record.RecordAsync(slug, parsed.Value!, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Kind == OutcomeKind.NotFound ? Problems.NotFound(outcome.Message!) : Problems.Invalid(outcome.Errors, "No observation was saved: some rows have errors.");
        }

        var result = new ObservationBatchResult(outcome.Value!.Created, outcome.Value.Updated, AssessmentSummary.Of(outcome.Value.Assessment));
        if (key is null)
        {
            await transaction.CommitAsync(ct);
            return TypedResults.Ok(result);
        }

        try
        {
            idempotency.Remember(userId, key, hash, StatusCodes.Status200OK, result);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return TypedResults.Ok(result);
        }
        catch (DbUpdateException)
        {
            // A simultaneous request with the same key won the race: undo this one and answer as the winner did.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (await idempotency.FindAsync(userId, key, ct) is { } winner && winner.RequestHash == hash)
            {
                request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
                return TypedResults.Ok(Idempotency.Replay<ObservationBatchResult>(winner)!);
            }

            throw;
        }
    }

    /// <summary>JSON array or CSV into rows. An unsupported content type comes back as a Conflict outcome (mapped to 415).</summary>
    private static Outcome<List<ObservationInput>> Parse(string? contentType, string body, JsonSerializerOptions options)
    {
        var mediaType = (contentType ?? "application/json").Split(';')[0].Trim();
        if (mediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StringReader(body);
            return ObservationCsv.Parse(reader);
        }

        if (!mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) && !mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            return Outcome<List<ObservationInput>>.Conflict($"Send observations as application/json or text/csv, not {mediaType}.");
        }

        try
        {
            var rows = JsonSerializer.Deserialize<List<ObservationInput>>(body, options);
            return rows is null
                ? Outcome<List<ObservationInput>>.Invalid("rows", "Send a JSON array of observations, e.g. [{\"period\": \"2024\", \"value\": 38.8}].")
                : Outcome<List<ObservationInput>>.Ok(rows);
        }
        catch (JsonException e)
        {
            // Name the row: "$[2].value" is the third row's value.
            var match = JsonPath().Match(e.Path ?? "");
            return match.Success
                ? Outcome<List<ObservationInput>>.Invalid($"rows[{int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}]{match.Groups[2].Value}",
                    $"Row {int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}: the value of '{match.Groups[2].Value.TrimStart('.')}' has the wrong type (a number for value, text for period and breakdown, a list of text for flags).")
                : Outcome<List<ObservationInput>>.Invalid("rows", "The body is not a JSON array of observations: " + e.Message.Split(". Path")[0] + ".");
        }
    }

    [GeneratedRegex(@"^\$\[(\d+)\](\.\w+)?")]
    private static partial Regex JsonPath();
}
