#pragma once

#include "store/StorePart.h"

#include "campaign/Campaign.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace patchline::store {

/// A campaign as listed (History → Campaigns, `--campaign` resuming).
struct CampaignSummary
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt;
    QString state; ///< "running", "paused", "cancelled", "finished"
    QByteArray sourceHash;
};

/// One attempt as stored: claimed before its REST create (issue 19 §1), then its CallSid and
/// outcome.
struct CampaignAttempt
{
    int row = 0;
    int attempt = 0; ///< 1-based
    QDateTime claimedAt;
    QString callSid;
    QString outcome; ///< campaign::outcomeName(); empty while unknown
    QString error;
};

/// Campaigns in the call database (schema v5: campaigns, campaign_rows, campaign_attempts;
/// CallStore migrates). Works on CallStore's connection, so only on the storage thread
/// (Storage::query). Every write is one transaction; false with errorString() on failure.
class CampaignStore : public StorePart
{
public:
    /// `connection`: CallStore::connectionName().
    explicit CampaignStore(const QString &connection) : StorePart(connection) {}

    /// Stores a new running campaign with its rows (all Queued); returns its id, or 0.
    qint64 create(const campaign::CampaignSettings &settings, const QByteArray &sourceHash,
                  const QList<campaign::CampaignRow> &rows);
    /// The newest campaign from the same file (hash of its bytes and the settings that shape
    /// what is dialled) that has not finished or been cancelled; 0 when none.
    qint64 findUnfinished(const QByteArray &sourceHash) const;
    bool load(qint64 id, campaign::CampaignSettings *settings, QList<campaign::CampaignRow> *rows,
              QString *state) const;
    QList<CampaignSummary> list(int limit = 100) const;

    /// Claims the next attempt of `row` (issue 19 §1: in a transaction, before the REST call):
    /// succeeds only when the row is Queued or Retrying with `attempts` attempts so far, and
    /// then stores it as Dialling with attempts + 1 and an attempt record. The commit is
    /// synchronous (SqlDialect::durableCommitOn: PRAGMA synchronous=FULL on SQLite), so a
    /// claim survives power loss too.
    /// Returns false with an empty errorString() when the row was not claimable (someone
    /// else, or a stale copy), with an error when the database failed.
    bool claim(qint64 campaignId, int row, int attempts);
    /// Takes back a claim whose create was refused with 429 (no call exists): attempts − 1,
    /// the attempt record deleted, status `previous`.
    bool unclaim(qint64 campaignId, int row, int attempt, campaign::RowStatus previous);
    /// Stores `row`'s state and, for its newest attempt, the CallSid, outcome and error.
    bool saveRow(qint64 campaignId, const campaign::CampaignRow &row);
    bool setState(qint64 campaignId, const QString &state);
    QList<CampaignAttempt> attempts(qint64 campaignId) const;
};

} // namespace patchline::store
