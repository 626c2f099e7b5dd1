namespace TelecomGis.Storage.Stores;

/// <summary>
/// What an appraisal's register read depends on (issue 14, item 6): the largest ids of the register's events and of the batches
/// (both of the store's province), and how many letters and decisions there are (of every province: a coarser stamp only reloads
/// more often). Rows are appended, never updated, so an unchanged stamp means an unchanged read and the proposals read before can
/// serve again without the query that reads them.
/// </summary>
/// <remarks>
/// A province's batches are saved one at a time under its intake lock, so their ids grow in the order they become visible and the
/// largest id names every batch before it. Letters and decisions are issued concurrently by several appraisers: on PostgreSQL a
/// smaller id can commit after a larger one, which a largest id would miss and a row count does not.
/// </remarks>
public readonly record struct RegisterChangeStamp(long LastEventId, long LastBatchId, long Letters, long SiteDecisions, long Decisions);
