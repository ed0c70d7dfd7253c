#include "ui/TranscriptModel.h"

#include "ui/Colors.h"

#include "ui/CallListModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QStyle>
#include <QTextDocument>

namespace patchline::ui {

TranscriptModel::TranscriptModel(CallListModel *calls, QObject *parent)
    : QAbstractListModel(parent), m_calls(calls)
{
    connect(calls, &CallListModel::linesAppended, this, &TranscriptModel::onLinesAppended);
}

void TranscriptModel::setCall(quint64 callId)
{
    beginResetModel();
    m_callId = callId;
    const CallEntry *e = m_calls->entry(callId);
    m_rows = e ? int(e->lines.size()) : 0;
    endResetModel();
}

void TranscriptModel::onLinesAppended(quint64 callId, int first, int last)
{
    if (callId != m_callId)
        return;
    if (last < m_rows) { // an existing line changed (barge-in marked it)
        emit dataChanged(index(first), index(last));
        return;
    }
    const CallEntry *e = m_calls->entry(callId);
    const int newRows = e ? int(e->lines.size()) : 0;
    if (newRows <= m_rows)
        return;
    beginInsertRows({}, m_rows, newRows - 1);
    m_rows = newRows;
    endInsertRows();
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallEntry *e = m_calls->entry(m_callId);
    if (!e || index.row() >= e->lines.size())
        return {};
    return lineData(e->lines.at(index.row()), role);
}

QVariant TranscriptModel::lineData(const bridge::TranscriptLine &l, int role)
{
    const bool agent = l.role == bridge::TranscriptLine::Role::Agent;
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1   %2   %3")
            .arg(formatOffset(l.offsetMs), agent ? tr("Agent ") : tr("Caller"), l.text);
    case Qt::ToolTipRole:
        if (!l.interrupted)
            return {};
        if (l.heardChars() >= 0)
            return tr("The caller talked over this line after hearing %1 s of it; the struck "
                      "part was not heard.")
                .arg(double(l.heardMs) / 1000.0, 0, 'f', 1);
        if (l.heardMs >= 0)
            return tr("The caller talked over this line after hearing %1 s of it; the rest "
                      "was not heard.")
                .arg(double(l.heardMs) / 1000.0, 0, 'f', 1);
        return tr("The caller talked over this line; the rest was not heard.");
    case Qt::ForegroundRole:
        return QBrush(agent ? Colors::agent(QGuiApplication::palette())
                            : Colors::caller(QGuiApplication::palette()));
    case Qt::FontRole: {
        QFont f;
        f.setStrikeOut(l.interrupted && l.heardChars() < 0); // else struck in part
        return f;
    }
    case PartialHtmlRole: {
        const int heard = l.heardChars();
        if (heard < 0)
            return {};
        return QStringLiteral("<span style='color:%1'>%2&nbsp;&nbsp;&nbsp;%3&nbsp;&nbsp;&nbsp;%4"
                              "<s style='color:%6'>%5</s></span>")
            .arg(Colors::agent(QGuiApplication::palette()).name(), formatOffset(l.offsetMs),
                 tr("Agent "), l.text.left(heard).toHtmlEscaped(),
                 l.text.mid(heard).toHtmlEscaped(),
                 Colors::agentUnheard(QGuiApplication::palette()).name());
    }
    case OffsetMsRole:
        return l.offsetMs;
    case IsAgentRole:
        return agent;
    case InterruptedRole:
        return l.interrupted;
    case TextRole:
        return l.text;
    default:
        return {};
    }
}

namespace {
QTextDocument *partialDocument(QTextDocument &doc, const QStyleOptionViewItem &option,
                               const QString &html)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(2);
    doc.setHtml(html);
    doc.setTextWidth(option.rect.width() > 0 ? option.rect.width() : 400);
    return &doc;
}
} // namespace

void TranscriptDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QString html = index.data(TranscriptModel::PartialHtmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *w = option.widget;
    (w ? w->style() : QApplication::style())
        ->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
    QTextDocument doc;
    partialDocument(doc, option, html);
    painter->save();
    painter->translate(option.rect.topLeft());
    doc.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()));
    painter->restore();
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QString html = index.data(TranscriptModel::PartialHtmlRole).toString();
    if (html.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QTextDocument doc;
    partialDocument(doc, option, html);
    return {int(doc.idealWidth()), int(doc.size().height())};
}

} // namespace patchline::ui
