#pragma once

#include "campaign/Campaign.h"
#include "elevenlabs/PostCall.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace patchline::campaign {

/// What ElevenLabs' post-call analysis said about one call (reference/elevenlabs.md §7.4
/// `analysis`), flattened for the results table and the export.
struct CallAnalysis
{
    QString callSuccessful;                  ///< "success" / "failure" / "unknown"
    QList<QPair<QString, QString>> criteria; ///< evaluation criteria id → result
    QList<QPair<QString, QString>> data;     ///< data collection id → value (as text)
};
/// Reads `analysis` from stored post-call data (its raw `data` object). Values are bounded
/// (1,000 characters) and kept as text; numbers and booleans as JSON writes them.
CallAnalysis analysisOf(const elevenlabs::PostCallData &data);

/// The results of a campaign as CSV (issue 19 §1), one line per recipient in row order:
/// row, phone_number, its dynamic variables, status, attempts, call_sid, duration_secs,
/// outcome, call_successful, one `criterion:<id>` and one `data:<id>` column per id any call
/// reported, error. UTF-8 with a BOM (spreadsheets read it right), RFC 4180 quoting, CRLF.
/// Text that a spreadsheet would run as a formula (starting with = + - @ or a tab/CR) gets a
/// leading apostrophe, except the phone number (E.164, validated). `analysis` is keyed by
/// conversation id. Pure.
QByteArray resultsCsv(const QList<CampaignRow> &rows, const QHash<QString, CallAnalysis> &analysis);

} // namespace patchline::campaign
