namespace TelecomGis.Api.Letters;

/// <summary>
/// The department's particulars for reply letters (configuration section "Letter"); what is left out comes from the plan's metadata
/// (department name) or the province (governing body, place).
/// </summary>
public sealed class LetterOptions
{
    public const string Section = "Letter";

    /// <summary>
    /// The register number and symbol of an issued letter: "{number}" becomes the number of the department's yearly register
    /// ("01" from each 1 January), "{id}" the batch's id (as before the register existed). E.g. "{number}/SKHCN-BCVT". A template
    /// without "{number}" gives every letter of a batch the same number, so a corrected letter could not be issued under it.
    /// </summary>
    public string NumberTemplate { get; set; } = "{number}/SKHCN-BCVT";

    /// <summary>The deputy director who signs; empty leaves the line for a hand-written name.</summary>
    public string SignerName { get; set; } = "";

    public string SigningAuthority { get; set; } = "KT. GIÁM ĐỐC";

    public string SignerTitle { get; set; } = "PHÓ GIÁM ĐỐC";

    /// <summary>Overrides the plan's department name (e.g. after a merger of departments).</summary>
    public string? DepartmentName { get; set; }

    /// <summary>The body above the department; "UBND tỉnh {province}" when left out.</summary>
    public string? GoverningBody { get; set; }

    public string? Place { get; set; }

    /// <summary>The "Nơi nhận" list after the recipient, e.g. "Bộ Chỉ huy Quân sự tỉnh".</summary>
    public List<string> CopyRecipients { get; set; } = [];

    /// <summary>
    /// How a carrier is named, by its name in submissions ("Viettel"): legal name and province branch (section
    /// "Letter:Carriers:Viettel"). A key set in configuration replaces the default's; a carrier in neither is named as submitted.
    /// </summary>
    public Dictionary<string, CarrierNames> Carriers { get; set; } = CarrierNames.QuangNinh();

    /// <summary>Whom a letter to this carrier addresses (<see cref="CarrierNames.Recipient"/>).</summary>
    public string RecipientOf(string carrier) => Carriers.TryGetValue(carrier, out var names) ? names.Recipient(carrier) : carrier;

    /// <summary>Map figures are drawn for a batch of at most this many appraised sites; a larger batch's letter has none (a figure costs ~0.1 s and ~0.5 MB of PDF).</summary>
    public int MaxFigures { get; set; } = 50;

    /// <summary>The offset of the letter's date from UTC: Vietnam is UTC+7 all year.</summary>
    public TimeSpan UtcOffset { get; set; } = Core.Administration.VietnamTime.Offset;
}
