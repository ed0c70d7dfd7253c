#pragma once

#include "call/CallTypes.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

namespace patchline::ui {

class CallListModel;

/// The transcript of the selected call, one row per line: "mm:ss.s  Caller/Agent  text".
/// Agent lines the caller talked over are shown struck through. Follows appends from
/// CallListModel live. GUI thread only.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        OffsetMsRole = Qt::UserRole + 1,
        IsAgentRole,
        InterruptedRole,
        TextRole,
        /// For an agent line cut by a barge-in when it is known how much the caller heard:
        /// rich text with the unheard part struck through (TranscriptDelegate paints it).
        PartialHtmlRole
    };

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

/// Paints transcript rows; an interrupted agent line shows what the caller heard in plain
/// text and the rest struck through (issue 4 §2), from TranscriptModel::PartialHtmlRole.
class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace patchline::ui
