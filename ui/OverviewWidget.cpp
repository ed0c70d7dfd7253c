#include "ui/OverviewWidget.h"

#include "call/CallTypes.h"
#include "ui/Colors.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace patchline::ui {

OverviewWidget::OverviewWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(60);
    setAccessibleName(tr("Call waveform: click to seek"));
}

void OverviewWidget::setOverview(const audio::Overview &overview)
{
    m_overview = overview;
    update();
}

void OverviewWidget::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    update();
}

void OverviewWidget::setPosition(qint64 ms)
{
    if (ms == m_positionMs)
        return;
    m_positionMs = ms;
    update();
}

int OverviewWidget::xFor(qint64 ms) const
{
    if (m_overview.durationMs <= 0)
        return 0;
    return int(double(ms) / double(m_overview.durationMs) * (width() - 1));
}

qint64 OverviewWidget::msAt(int x) const
{
    const int w = std::max(1, width() - 1);
    return std::clamp<qint64>(qint64(double(std::clamp(x, 0, w)) / w * m_overview.durationMs), 0,
                              m_overview.durationMs);
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const int w = width();
    const int lane = height() / 2;
    p.setPen(palette().mid().color());
    p.drawLine(0, lane, w, lane);
    if (m_overview.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect(), Qt::AlignCenter, tr("No recording"));
        return;
    }
    const std::size_t blocks = m_overview.caller.size();
    const QColor callerColor = Colors::caller(palette()), agentColor = Colors::agent(palette());
    for (int x = 0; x < w; ++x) {
        const std::size_t b0 = std::size_t(double(x) / w * blocks);
        const std::size_t b1 = std::max(b0 + 1, std::size_t(double(x + 1) / w * blocks));
        std::uint8_t c = 0, a = 0;
        for (std::size_t b = b0; b < std::min(b1, blocks); ++b) {
            c = std::max(c, m_overview.caller[b]);
            a = std::max(a, m_overview.agent[b]);
        }
        const int ch = c * (lane - 2) / 255, ah = a * (lane - 2) / 255;
        if (ch > 0) {
            p.setPen(callerColor);
            p.drawLine(x, lane - 1, x, lane - 1 - ch);
        }
        if (ah > 0) {
            p.setPen(agentColor);
            p.drawLine(x, lane + 1, x, lane + 1 + ah);
        }
    }
    for (const Marker &m : m_markers) {
        p.setPen(
            QPen(m.alarm ? Colors::alarm(palette()) : Colors::bargeIn(palette()), 1, Qt::DashLine));
        const int x = xFor(m.ms);
        p.drawLine(x, 0, x, height());
    }
    p.setPen(QPen(palette().text().color(), 2));
    const int x = xFor(m_positionMs);
    p.drawLine(x, 0, x, height());
    if (hasFocus()) {
        p.setPen(QPen(palette().highlight().color(), 1));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

QString OverviewWidget::markerTextAt(int x) const
{
    QStringList lines;
    for (const Marker &m : m_markers)
        if (std::abs(xFor(m.ms) - x) <= 4)
            lines << QStringLiteral("%1  %2: %3")
                         .arg(bridge::formatDuration(m.ms), m.alarm ? tr("alarm") : tr("barge-in"),
                              m.text);
    return lines.join(u'\n');
}

bool OverviewWidget::event(QEvent *event)
{
    // A marker says what it is (issue 18 #4: the orange line had no tooltip).
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = markerTextAt(help->pos().x());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_overview.isEmpty())
        emit seekRequested(msAt(event->position().toPoint().x()));
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && !m_overview.isEmpty()) // dragging the playhead
        emit seekRequested(msAt(event->position().toPoint().x()));
}

void OverviewWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        const qint64 step = event->key() == Qt::Key_Left ? -5000 : 5000;
        emit seekRequested(std::clamp<qint64>(m_positionMs + step, 0, m_overview.durationMs));
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace patchline::ui
