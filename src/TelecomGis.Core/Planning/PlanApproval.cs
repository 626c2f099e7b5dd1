namespace TelecomGis.Core.Planning;

/// <summary>
/// The decision that approved the plan, as a letter cites it under "Căn cứ": e.g. "Quyết định số …/QĐ-UBND ngày … của UBND tỉnh
/// Quảng Ninh phê duyệt Quy hoạch …". The plan's content hash identifies the data; this identifies the legal act.
/// </summary>
public sealed record PlanApproval
{
    /// <param name="number">The number and symbol, e.g. "1234/QĐ-UBND".</param>
    /// <param name="date">The date the decision was signed.</param>
    /// <param name="authority">Who approved it, e.g. "UBND tỉnh Quảng Ninh".</param>
    /// <param name="citation">The whole citation as the department writes it after "Căn cứ", without the closing semicolon.</param>
    public PlanApproval(string number, DateOnly date, string authority, string citation)
    {
        // A letter prints these as they are: an empty one would leave "Quyết định số  ngày …" in a signed document.
        Number = Required(number, nameof(number));
        Authority = Required(authority, nameof(authority));
        Citation = Required(citation, nameof(citation));
        if (date == default)
            throw new ArgumentException("The approving decision has no date.", nameof(date));
        Date = date;
    }

    public string Number { get; }
    public DateOnly Date { get; }
    public string Authority { get; }
    public string Citation { get; }

    public bool Equals(PlanApproval? other) =>
        other is not null && (Number, Date, Authority, Citation) == (other.Number, other.Date, other.Authority, other.Citation);

    public override int GetHashCode() => HashCode.Combine(Number, Date, Authority, Citation);

    private static string Required(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"The approving decision's {name} is empty.", name) : value.Trim();
}
