#pragma once

#include "twilio/E164.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace patchline::campaign {

/// One problem found in a campaign CSV (issue 19 §1). `row` is the spreadsheet row (the
/// header is row 1, the first recipient row 2; 0 = the file as a whole), `column` the header
/// name ("" = the whole row), `value` the offending text (bounded, control characters
/// replaced), `message` a whole sentence that names the fix.
struct CsvIssue
{
    int row = 0;
    QString column;
    QString value;
    QString message;
};

/// One recipient row, as parsed. Invalid rows are kept (with their issues) so the preview
/// can show and fix them.
struct Recipient
{
    int row = 0;             ///< spreadsheet row (header = 1)
    QString phoneTyped;      ///< the phone_number cell as written
    QString phoneNumber;     ///< E.164 (twilio::normalizeE164), empty when it is not one
    twilio::NumberInfo info; ///< libphonenumber: valid, region, type
    QString agentId;         ///< agent_id column (optional), empty = the campaign's agent
    QString from;            ///< from column (optional, E.164), empty = the campaign's From
    QDateTime notBefore;     ///< not_before column (ISO 8601 with offset), invalid = none
    /// Every other column, in header order, as dynamic variables (name, value).
    QList<QPair<QString, QString>> variables;
    bool valid = true; ///< false when an issue names this row
};

/// A parsed campaign CSV: UTF-8 (a BOM is skipped), ',' or ';' (the one the header row uses
/// more), a header row, RFC 4180 quoting ("" inside quotes, line breaks inside quotes).
struct CampaignCsv
{
    QChar delimiter = u',';
    QStringList columns; ///< header names, trimmed
    QList<Recipient> recipients;
    QList<CsvIssue> issues; ///< file-level first, then by row
    /// Every record as split (index i = spreadsheet row i + 1, the header first, blank lines
    /// kept): what the preview edits and writeCsv() writes back.
    QList<QStringList> records;
    /// True when the file could be read at all (a phone_number column, within the limits).
    bool readable = false;
    int validCount() const;
};

/// Limits (issue 19: a CSV is user input; it may also come from a colleague's export).
inline constexpr qsizetype kMaxCsvBytes = 4 * 1024 * 1024;
inline constexpr int kMaxCsvRows = 10000;
inline constexpr int kMaxCsvColumns = 64;
inline constexpr qsizetype kMaxCsvField = 1000;

/// Writes `records` as CSV with `delimiter`: UTF-8, RFC 4180 quoting where needed, LF line
/// ends. parseCampaignCsv(writeCsv(csv.records, csv.delimiter)) reads the same. Pure.
QByteArray writeCsv(const QList<QStringList> &records, QChar delimiter = u',');

/// Parses and validates a campaign CSV (issue 19 §1):
/// - a `phone_number` column is required; `agent_id`, `from`, `not_before` are optional;
///   every other column becomes a dynamic variable and its name must be a valid variable
///   name (letters, digits, '_', not starting with a digit);
/// - each phone number must be E.164 (after normalizeE164) and valid in libphonenumber's plan;
///   a number that appears twice is flagged on its second row;
/// - `requiredVariables` (the agent's, elevenlabs::AgentDetails) must each be a column with a
///   value in every row;
/// - over the limits above the file is refused (bytes, columns) or cut (rows), with an issue.
/// Pure; any thread.
CampaignCsv parseCampaignCsv(const QByteArray &bytes, const QStringList &requiredVariables = {});

} // namespace patchline::campaign
