#include "ui/EmptyHint.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>

namespace patchline::ui {

EmptyHint::EmptyHint(QAbstractItemView *view, const QString &text)
    : QObject(view), m_view(view), m_text(text)
{
    view->viewport()->installEventFilter(this);
}

EmptyHint *EmptyHint::install(QAbstractItemView *view, const QString &text)
{
    return new EmptyHint(view, text);
}

void EmptyHint::setText(const QString &text)
{
    m_text = text;
    if (m_view)
        m_view->viewport()->update();
}

bool EmptyHint::showing() const
{
    return m_view && (!m_view->model() || m_view->model()->rowCount(m_view->rootIndex()) == 0);
}

bool EmptyHint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_view && watched == m_view->viewport() && showing()) {
        QPainter p(m_view->viewport());
        p.setPen(m_view->palette().color(QPalette::PlaceholderText));
        const QRect r = m_view->viewport()->rect().adjusted(16, 16, -16, -16);
        p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, m_text);
        return false; // the view paints its (empty) self as well: grid, header
    }
    return QObject::eventFilter(watched, event);
}

} // namespace patchline::ui
