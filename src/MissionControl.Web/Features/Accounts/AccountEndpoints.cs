using Microsoft.AspNetCore.Identity;
using MissionControl.Core.Accounts;

namespace MissionControl.Web.Features.Accounts;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A form post (with antiforgery) rather than a link, so no page can sign someone out by embedding a URL.
        app.MapPost("/account/logout", async (SignInManager<ApplicationUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/");
        }).RequireAuthorization().ExcludeFromDescription();
        return app;
    }
}
