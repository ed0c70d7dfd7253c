#pragma once

#include "bridge/CallTypes.h"

#include <QAbstractListModel>

namespace patchline::ui {

class CallListModel;

/// The transcript of the selected call, one row per line: "mm:ss.s  Caller/Agent  text".
/// Agent lines the caller talked over are shown struck through. Follows appends from
/// CallListModel live. GUI thread only.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { OffsetMsRole = Qt::UserRole + 1, IsAgentRole, InterruptedRole, TextRole };

    explicit TranscriptModel(CallListModel *calls, QObject *parent = nullptr);

    /// Shows the lines of `callId` (0 = none).
    void setCall(quint64 callId);
    quint64 callId() const { return m_callId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    /// How one line looks in any transcript view (live or review): display text, colours,
    /// strike-through of interrupted agent lines, tooltip and the roles above.
    static QVariant lineData(const bridge::TranscriptLine &line, int role);

private:
    void onLinesAppended(quint64 callId, int first, int last);

    CallListModel *m_calls;
    quint64 m_callId = 0;
    int m_rows = 0;
};

} // namespace patchline::ui
