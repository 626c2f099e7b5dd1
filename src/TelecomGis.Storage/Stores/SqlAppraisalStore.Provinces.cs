using System.Data.Common;

namespace TelecomGis.Storage.Stores;

// Several provinces in one deployment (issue 12, item 5): a view of the store limited to one province. Plan versions carry their
// province; a batch (and its rows, decisions, letters) belongs to its plan version's; the register's events, declarations and
// inspections carry their own. A view reads nothing of another province: an id of another province's row reads as unknown.
public abstract partial class SqlAppraisalStore
{
    /// <summary>The province code (2025 codes, "22", "31") this view is limited to; null: every province.</summary>
    public string? Province { get; private set; }

    /// <summary>Whether this instance is a view over another's connections (it closes nothing when disposed).</summary>
    protected bool IsProvinceView { get; private set; }

    /// <summary>
    /// The same store seen from one province: it reads and writes that province's plan versions, batches and register only.
    /// Cheap (shares the connections); disposing a view does nothing. Null gives a view of every province: the whole store that
    /// a request's scope may dispose without closing it.
    /// </summary>
    public IAppraisalStore InProvince(string? provinceCode)
    {
        if (IsProvinceView && provinceCode == Province)
            return this;
        var view = (SqlAppraisalStore)MemberwiseClone();
        view.Province = provinceCode;
        view.IsProvinceView = true;
        return view;
    }

    private const string ScopeParameter = "@scope_province";

    /// <summary>" AND {column} = @scope_province" in a view, nothing in the whole store.</summary>
    protected string AndInProvince(string column) => Province is null ? "" : $" AND {column} = {ScopeParameter}";

    /// <summary>The condition that a batch (its <c>plan_version</c> column given) belongs to the view's province.</summary>
    protected string AndBatchInProvince(string planVersionColumn) =>
        Province is null ? "" : $" AND {planVersionColumn} IN (SELECT hash FROM plan_versions WHERE province_code = {ScopeParameter})";

    /// <summary>The condition that a batch id column names a batch of the view's province.</summary>
    protected string BatchIdInProvince(string batchIdColumn) =>
        Province is null
            ? ""
            : $" AND {batchIdColumn} IN (SELECT b.fid FROM submission_batches b WHERE 1 = 1{AndBatchInProvince("b.plan_version")})";

    /// <summary>Adds the view's province parameter the conditions above name (nothing for the whole store).</summary>
    protected void AddProvince(DbCommand command)
    {
        if (Province is not null)
            Add(command, ScopeParameter, Province);
    }

    /// <summary>
    /// What a new register row, declaration or inspection is written for: the view's province; from the whole store (the CLI, a
    /// single-province service), the store's own province: the latest activated version's, else the latest imported one's.
    /// </summary>
    protected string NewRowProvince => Province is null ? StoreProvinceSql : ScopeParameter;

    private const string StoreProvinceSql =
        "COALESCE((SELECT v.province_code FROM plan_activations a JOIN plan_versions v ON v.hash = a.plan_version ORDER BY a.fid DESC LIMIT 1), "
        + "(SELECT province_code FROM plan_versions ORDER BY fid DESC LIMIT 1))";

    /// <summary>Refuses to write another province's plan through a province's view (a programming error: the edge checks first).</summary>
    protected void EnsureInProvince(string provinceCode)
    {
        if (Province is not null && Province != provinceCode)
            throw new ArgumentException($"This view of the store is limited to province {Province}, not {provinceCode}.");
    }
}
