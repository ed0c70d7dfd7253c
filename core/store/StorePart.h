#pragma once

#include <QSqlError>
#include <QString>

namespace patchline::store {

/// What the stores working on CallStore's connection share (CampaignStore, SuiteStore,
/// NodeStore): the connection's name and the last error. Storage thread only.
class StorePart
{
public:
    QString errorString() const { return m_error; }

protected:
    explicit StorePart(const QString &connection) : m_connection(connection) {}
    /// Records `e` as the last error; returns false (for `return q.exec() || fail(…)`).
    bool fail(const QSqlError &e) const
    {
        m_error = e.text();
        return false;
    }

    QString m_connection;
    mutable QString m_error;
};

} // namespace patchline::store
