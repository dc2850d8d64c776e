using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MissionControl.Web.Infrastructure;

/// <summary>
/// Bound from <c>MissionControl:Mail</c>. Without an SMTP host, messages are written as <c>.eml</c> files to the
/// pickup folder (Development and tests); with one, they are sent.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "MissionControl:Mail";

    public string PickupDirectory { get; set; } = "data/mail";

    public string From { get; set; } = "Mission Control <no-reply@missioncontrol.local>";

    public string? SmtpHost { get; set; }

    [System.ComponentModel.DataAnnotations.Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }
}

/// <summary>Sends a plain-text and HTML message to one person.</summary>
public sealed partial class Mailer(IOptions<MailOptions> options, ILogger<Mailer> logger)
{
    public async Task SendAsync(string toName, string toAddress, string subject, string text, string html, CancellationToken ct = default)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = subject;
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();

        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var folder = Path.GetFullPath(settings.PickupDirectory);
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(file, ct);
            LogPickedUp(logger, subject, file);
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, SecureSocketOptions.StartTlsWhenAvailable, ct);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail \"{Subject}\" written to {File}.")]
    private static partial void LogPickedUp(ILogger logger, string subject, string file);
}
