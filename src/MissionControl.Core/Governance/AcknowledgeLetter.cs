using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Governance;

/// <summary>
/// Records that the mission's owner has received the issued letter and accepts it. Who may do so (an owner of
/// the mission, and not the centre on the owner's behalf) is checked by the caller before this runs.
/// </summary>
public sealed class AcknowledgeLetter(MissionControlDb db)
{
    public async Task<Outcome<MissionLetter>> AcknowledgeAsync(int id, CancellationToken ct = default)
    {
        var letter = await db.MissionLetters.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null)
        {
            return Outcome<MissionLetter>.NotFound($"There is no mission letter {id}.");
        }

        if (letter.Status != LetterStatus.Issued)
        {
            return Outcome<MissionLetter>.Conflict(letter.Status switch
            {
                LetterStatus.Draft => $"Version {letter.Number} is a draft; it can be acknowledged once the centre has issued it.",
                LetterStatus.Acknowledged => $"Version {letter.Number} has already been acknowledged.",
                _ => $"Version {letter.Number} has been superseded by a later letter; acknowledge that one instead.",
            });
        }

        letter.Status = LetterStatus.Acknowledged;
        letter.AcknowledgedAt = db.Now;
        letter.AcknowledgedBy = db.Actor.Name;
        await db.SaveChangesAsync(ct);
        return Outcome<MissionLetter>.Ok(letter);
    }
}
