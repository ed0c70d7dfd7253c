#include "ui/PreflightModel.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

namespace patchline::ui {

PreflightModel::PreflightModel(QObject *parent) : QAbstractListModel(parent) {}

void PreflightModel::setLines(const QList<preflight::CheckLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

QColor PreflightModel::color(preflight::Level level)
{
    switch (level) {
    case preflight::Level::Pass:
        return QColor(0x2e, 0x9d, 0x4f);
    case preflight::Level::Warn:
        return QColor(0xd9, 0x8e, 0x04);
    case preflight::Level::Fail:
        return QColor(0xd0, 0x31, 0x2d);
    case preflight::Level::Skip:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString PreflightModel::toHtml(const QList<preflight::CheckLine> &lines, bool failuresOnly)
{
    QString html;
    for (const preflight::CheckLine &l : lines) {
        if (l.level == preflight::Level::Skip ||
            (failuresOnly && l.level != preflight::Level::Fail))
            continue;
        html += QStringLiteral("<div><span style='color:%1'><b>%2</b></span> %3: %4%5</div>")
                    .arg(color(l.level).name(), preflight::Preflight::symbol(l.level),
                         l.title.toHtmlEscaped(), l.detail.toHtmlEscaped(),
                         l.fix.isEmpty()
                             ? QString()
                             : QStringLiteral("<br><i>→ %1</i>").arg(l.fix.toHtmlEscaped()));
    }
    return html;
}

int PreflightModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant PreflightModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const preflight::CheckLine &l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return l.fix.isEmpty() ? tr("%1: %2").arg(l.title, l.detail)
                               : tr("%1: %2\n→ %3").arg(l.title, l.detail, l.fix);
    case Qt::ToolTipRole:
        return l.fix.isEmpty() ? l.detail : l.fix;
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1 %2").arg(preflight::Preflight::symbol(l.level),
                                           data(index, Qt::DisplayRole).toString());
    case Qt::DecorationRole: {
        QPixmap dot(14, 14);
        dot.fill(Qt::transparent);
        QPainter p(&dot);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(color(l.level));
        p.setPen(Qt::NoPen);
        p.drawEllipse(1, 1, 12, 12);
        return dot;
    }
    case LevelRole:
        return int(l.level);
    case FixRole:
        return l.fix;
    case SectionRole:
        return l.section;
    case IdRole:
        return l.id;
    case SuggestionRole:
        return l.suggestion;
    default:
        return {};
    }
}

} // namespace patchline::ui
