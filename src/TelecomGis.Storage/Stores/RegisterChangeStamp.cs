namespace TelecomGis.Storage.Stores;

/// <summary>
/// What an appraisal's register read depends on, as the largest row ids of the tables that change it: the register's events (of
/// the store's province), and the batches, letters and decisions that make a proposal pending or end it (of every province: a
/// coarser stamp only reloads more often). Rows are appended, never updated, so an unchanged stamp means an unchanged read and
/// the proposals read before can serve again without the query that reads them (issue 14, item 6).
/// </summary>
public readonly record struct RegisterChangeStamp(
    long LastEventId,
    long LastBatchId,
    long LastLetterId,
    long LastSiteDecisionId,
    long LastDecisionId
);
