#pragma once

#include "store/StorePart.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace patchline::store {

/// A regression suite as listed (issue 19 §2).
struct SuiteSummary
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt;
    int cases = 0;
    QJsonObject rules; ///< suite::SuiteRules::toJson(); empty = the defaults
    /// The newest run: when, and how many cases passed / failed; lastRunAt invalid = never.
    QDateTime lastRunAt;
    int lastPassed = 0;
    int lastFailed = 0;
};

/// One case of a suite: a recorded call (its caller track, transcript, figures and
/// analysis stay in the call log under `callRow`).
struct SuiteCase
{
    qint64 id = 0;
    qint64 suiteId = 0;
    qint64 callRow = 0; ///< calls.id of the original
    QString callSid;
    QString agentId;       ///< the original's agent: a run's default
    QString recordingPath; ///< the suite's own copy (<data>/suites/<suite id>/case-<row>.wav)
    QDateTime addedAt;
};

/// Regression suites in the call database (schema v6: suites, suite_cases, suite_runs;
/// CallStore migrates). Rules and run reports are stored as JSON (suite::SuiteRules,
/// suite::SuiteRun), so the store does not depend on the judge. Works on CallStore's
/// connection: storage thread only (Storage::query). Each write is one transaction; false
/// or 0 with errorString() on failure.
class SuiteStore : public StorePart
{
public:
    /// `connection`: CallStore::connectionName(); `dataDir`: Storage::dataDir().
    SuiteStore(const QString &connection, const QString &dataDir)
        : StorePart(connection), m_dataDir(dataDir)
    {}

    static constexpr int kMaxNameChars = 80;
    /// A suite name people can type: 1–80 characters, no control characters. Returns the
    /// trimmed name, or empty with `error` naming the problem and the fix.
    static QString validName(const QString &name, QString *error);

    /// The id of the suite called `name`, 0 when none.
    qint64 suiteId(const QString &name) const;
    /// The suite called `name`, created (with `rules`) when missing; 0 on a bad name.
    qint64 ensureSuite(const QString &name, const QJsonObject &rules);
    /// Adds recorded calls (calls.id) to a suite. Each call's recording is copied into the
    /// suite's folder, so recording retention never takes a case's caller track. A call
    /// without a readable recording, or already in the suite, is skipped and named in
    /// `skipped`. Returns how many were added (−1 on a database error).
    int addCases(qint64 suiteId, const QList<qint64> &callRows, QStringList *skipped);
    bool removeCase(qint64 caseId);
    bool removeSuite(qint64 suiteId);
    QList<SuiteSummary> list() const;
    QList<SuiteCase> cases(qint64 suiteId) const;
    bool setRules(qint64 suiteId, const QJsonObject &rules);
    /// Stores a finished run's report (suite::SuiteRun::toJson()); returns its id.
    qint64 saveRun(qint64 suiteId, const QJsonObject &report, int passed, int failed);
    /// Reports of the suite's runs, newest first (each with its "id" set).
    QList<QJsonObject> runs(qint64 suiteId, int limit = 50) const;

private:
    QString m_dataDir;
};

} // namespace patchline::store
