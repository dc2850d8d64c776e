using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Governance;

/// <summary>
/// Issues a draft letter: it becomes public, and the letter it replaces (the mission's issued or acknowledged
/// one) is superseded in the same transaction, so a mission has one letter in force at a time.
/// </summary>
public sealed class IssueLetter(MissionControlDb db)
{
    public async Task<Outcome<MissionLetter>> IssueAsync(int id, CancellationToken ct = default)
    {
        var letter = await db.MissionLetters.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null)
        {
            return Outcome<MissionLetter>.NotFound($"There is no mission letter {id}.");
        }

        if (letter.Status != LetterStatus.Draft)
        {
            return Outcome<MissionLetter>.Conflict($"Version {letter.Number} is already {Codes.ToCode(letter.Status)}; only a draft can be issued.");
        }

        var inForce = await db.MissionLetters
            .Where(l => l.MissionId == letter.MissionId && (l.Status == LetterStatus.Issued || l.Status == LetterStatus.Acknowledged))
            .ToListAsync(ct);
        foreach (var earlier in inForce)
        {
            earlier.Status = LetterStatus.Superseded;
            earlier.SupersededAt = db.Now;
        }

        letter.Status = LetterStatus.Issued;
        letter.IssuedAt = db.Now;
        letter.IssuedBy = db.Actor.Name;
        await db.SaveChangesAsync(ct);
        return Outcome<MissionLetter>.Ok(letter);
    }
}
