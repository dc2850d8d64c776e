using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using MissionControl.Core;
using MissionControl.Core.Accounts;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Accounts;

public sealed record RegistrationInput(string? Name, string? Email, string? Password);

/// <summary>
/// Registers a member of the public with the Citizen role and mails a confirmation link; until it is followed they
/// cannot sign in or take part. An address that is already registered gets a message saying so instead, and the
/// page answers the same either way, so nobody learns from it who has an account.
/// </summary>
public sealed class RegisterCitizen(UserManager<ApplicationUser> users, Mailer mailer, IHttpContextAccessor accessor)
{
    public const int NameMax = 200;

    public async Task<Outcome<string>> RegisterAsync(RegistrationInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        errors.Required("name", input.Name, "your name", NameMax);
        errors.Required("email", input.Email, "your email address", 256);
        if (!string.IsNullOrWhiteSpace(input.Email) && input.Email.Length <= 256
            && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(input.Email.Trim()))
        {
            errors.Add("email", "Enter an email address in the right format, like name@example.com.");
        }

        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add("password", "Enter a password.");
        }
        else
        {
            foreach (var validator in users.PasswordValidators)
            {
                var checkedPassword = await validator.ValidateAsync(users, new ApplicationUser(), input.Password);
                foreach (var error in checkedPassword.Errors)
                {
                    errors.Add("password", error.Description);
                }
            }
        }

        if (errors.Any)
        {
            return Outcome<string>.Invalid(errors);
        }

        var email = input.Email!.Trim();
        var name = input.Name!.Trim();
        var existing = await users.FindByEmailAsync(email);
        if (existing is { EmailConfirmed: false })
        {
            await SendConfirmationAsync(existing, ct);
            return Outcome<string>.Ok(email);
        }

        if (existing is not null)
        {
            await mailer.SendAsync(name, email, "You already have a Mission Control account",
                $"Someone, perhaps you, tried to register {email} again. You already have an account: sign in at {BaseUrl()}/account/login.",
                $"<p>Someone, perhaps you, tried to register {WebUtility.HtmlEncode(email)} again. You already have an account: " +
                $"<a href=\"{BaseUrl()}/account/login\">sign in</a>.</p>", ct);
            return Outcome<string>.Ok(email);
        }

        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = false };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.Add(error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", error.Description);
            }

            return Outcome<string>.Invalid(errors);
        }

        await users.AddToRoleAsync(user, Roles.Citizen);
        await SendConfirmationAsync(user, ct);
        return Outcome<string>.Ok(email);
    }

    public async Task<bool> ConfirmAsync(string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code) || await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return false;
        }

        return user.EmailConfirmed || (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }

    private async Task SendConfirmationAsync(ApplicationUser user, CancellationToken ct)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = $"{BaseUrl()}/account/confirm?userId={Uri.EscapeDataString(user.Id)}&code={code}";
        await mailer.SendAsync(user.DisplayName ?? user.Email!, user.Email!, "Confirm your email address for Mission Control",
            $"Hello {user.DisplayName},\n\nConfirm your email address to take part in consultations:\n\n{link}\n\nIf you did not register, ignore this message.",
            $"<p>Hello {WebUtility.HtmlEncode(user.DisplayName)},</p><p>Confirm your email address to take part in consultations:</p>" +
            $"<p><a href=\"{link}\">Confirm my email address</a></p><p>If you did not register, ignore this message.</p>", ct);
    }

    private string BaseUrl()
    {
        var request = accessor.HttpContext?.Request;
        return request is null ? "" : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
