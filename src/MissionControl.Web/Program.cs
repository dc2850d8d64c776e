using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using MissionControl.Core.Auditing;
using MissionControl.Core.Data;
using MissionControl.Core.Governance;
using MissionControl.Core.Indicators;
using MissionControl.Core.Missions;
using MissionControl.Core.Portfolio;
using MissionControl.Web.Components;
using MissionControl.Web.Features.Accounts;
using MissionControl.Web.Features.Administration;
using MissionControl.Web.Features.Auditing;
using MissionControl.Web.Features.Coalitions;
using MissionControl.Web.Features.Consultations;
using MissionControl.Web.Features.Governance;
using MissionControl.Web.Features.Indicators;
using MissionControl.Web.Features.Missions;
using MissionControl.Web.Features.OpenData;
using MissionControl.Web.Features.Portfolio;
using MissionControl.Web.Infrastructure;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddMissionControlDatabase(builder.Configuration);
builder.Services.AddMissionControlAuth();
builder.Services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDataProtection().SetApplicationName("MissionControl").PersistKeysToDbContext<MissionControlDb>();
builder.Services.AddScoped<IActor, HttpActor>();

// Use cases and reads, one per request.
builder.Services.AddScoped<SaveMission>();
builder.Services.AddScoped<SaveIndicator>();
builder.Services.AddScoped<RecordObservations>();
builder.Services.AddScoped<MissionQueries>();
builder.Services.AddScoped<IndicatorQueries>();
builder.Services.AddScoped<Idempotency>();
builder.Services.AddScoped<SaveInitiative>();
builder.Services.AddScoped<DecideGate>();
builder.Services.AddScoped<RecordReview>();
builder.Services.AddScoped<RecordExperiment>();
builder.Services.AddScoped<PortfolioQueries>();
builder.Services.AddScoped<MissionControl.Web.Features.Administration.CreateUser>();
builder.Services.AddScoped<MissionControl.Core.Auditing.AuditQueries>();
builder.Services.AddScoped<MissionControl.Core.Accounts.IssueApiToken>();
builder.Services.AddBodiesAndStocktakes();
builder.Services.AddMissionLetters();
builder.Services.AddScoped<DecisionLog>().AddScoped<SetPriorities>().AddScoped<SaveCapability>();
builder.Services.AddCoalitions();
builder.Services.AddConsultations();

builder.Services.ConfigureHttpJsonOptions(options =>
{
    // Enum values travel as kebab-case codes: on-track, moving-away, civil-society.
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Mission Control API";
    document.Info.Version = "v1";
    document.Info.Description = "Missions, their key figures and indicators, observations and progress assessments. " +
        "Reads of public data need no credentials. Writes need `Authorization: Bearer <api token>`; administrators issue tokens " +
        "under Administration → API tokens. Errors are RFC 9457 problem details.";
    return Task.CompletedTask;
}));
builder.Services.AddHealthChecks().AddDbContextCheck<MissionControlDb>("database");
builder.Services.AddRazorComponents();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddAntiforgery();

var app = builder.Build();

if (args.Length > 0 && args[0] == "migrate")
{
    // `MissionControl.Web migrate`: for operators who apply migrations as a release step.
    using var scope = app.Services.CreateScope();
    await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<MissionControlDb>());
    app.Logger.LogInformation("Migrations applied.");
    return;
}

await Bootstrap.PrepareAsync(app.Services, app.Environment.IsDevelopment());

app.UseExceptionHandler();
// A response that ends without a body gets one: problem details for the API, a page (Components/StatusPage.razor)
// for browsers. Since .NET 10 a page that sets 404 itself is sent without its body, so without the re-execution
// browsers got a problem-details JSON document for an unknown mission or indicator. The API's handler runs first
// and writes its body, so the re-execution leaves API responses alone. (Inside UseWhen the re-execution would not
// route again, so it stays on the main pipeline.)
app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseSecurityHeaders();
app.MapStaticAssets();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapScalarApiReference("/docs", options => options
    .WithTitle("Mission Control API")
    .WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
app.MapHealthChecks("/healthz").AllowAnonymous();

app.MapMissionsApi();
app.MapIndicatorsApi();
app.MapObservationsApi();
app.MapPortfolioApi();
app.MapAccountEndpoints();
app.MapAuditApi();
app.MapOpenDataApi();
app.MapAdministrationApi();
app.MapBodiesAndStocktakes();
app.MapLettersApi();
app.MapDecisionLogApi();
app.MapPrioritiesApi();
app.MapCapabilitiesApi();
app.MapCoalitionsApi();
app.MapConsultationsApi();
app.MapRazorComponents<App>();

await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
