#include "ui/WaveformWidget.h"

#include "ui/CallListModel.h"

#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace patchline::ui {

namespace {
/// dBFS → 0..1 bar height (−60 dB and below is empty).
float barOf(float db)
{
    return std::clamp((db + 60.0f) / 60.0f, 0.0f, 1.0f);
}
} // namespace

WaveformWidget::WaveformWidget(QWidget *parent)
    : QWidget(parent), m_bargePen(QColor(0xd0, 0x30, 0x30), 2),
      m_turnPen(QColor(0x1b, 0x87, 0x3a), 1), m_alarmPen(QColor(0xe0, 0x7b, 0x00), 1, Qt::DashLine)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Live waveform: caller and agent"));
}

void WaveformWidget::setEntry(const CallEntry *entry)
{
    m_entry = entry;
    update();
}

void WaveformWidget::setWindowSeconds(int seconds)
{
    m_windowFrames = std::max(1, seconds) * 50;
    update();
}

void WaveformWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const int w = width();
    const int laneH = (height() - 1) / 2;
    const QColor callerColor(0x21, 0x6e, 0xb4);
    const QColor agentColor(0x8e, 0x44, 0xad);

    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, laneH, w, laneH);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(6, 2, 200, 16), Qt::AlignLeft | Qt::AlignTop, tr("Caller"));
    p.drawText(QRect(6, laneH + 3, 200, 16), Qt::AlignLeft | Qt::AlignTop, tr("Agent"));
    if (!m_entry) {
        p.drawText(rect(), Qt::AlignCenter, tr("No call selected"));
        return;
    }

    const LevelRing &ring = m_entry->levels;
    const int n = ring.size();
    const int shown = std::min(n, m_windowFrames);
    const double colW = double(w) / double(m_windowFrames);
    const qint64 firstFrame = ring.total() - shown;
    p.setPen(Qt::NoPen);
    for (int i = 0; i < shown; ++i) {
        const audio::LevelPair &l = ring.at(n - shown + i);
        const double x = double(w) - double(shown - i) * colW;
        const double cw = std::max(1.0, colW);
        const double ch = barOf(l.caller.peakDb) * (laneH - 4);
        const double ah = barOf(l.agent.peakDb) * (laneH - 4);
        const double cmid = laneH / 2.0;
        const double amid = laneH + 1 + laneH / 2.0;
        p.fillRect(QRectF(x, cmid - ch / 2, cw, std::max(1.0, ch)), callerColor);
        p.fillRect(QRectF(x, amid - ah / 2, cw, std::max(1.0, ah)), agentColor);
    }
    // Markers, newest last: walk back until they leave the window.
    const double h = height();
    const auto xOf = [&](qint64 frame) { return double(w) - double(ring.total() - frame) * colW; };
    for (auto it = m_entry->markers.rbegin(); it != m_entry->markers.rend(); ++it) {
        if (it->frame < firstFrame) {
            if (it->frame < firstFrame - 500) // arrival order ≈ time order: older ones are out
                break;
            continue;
        }
        const double x = xOf(it->frame);
        switch (it->kind) {
        case WaveMarker::Kind::BargeIn:
            p.setPen(m_bargePen);
            p.drawLine(QPointF(x, 0), QPointF(x, h));
            break;
        case WaveMarker::Kind::Turn: {
            // Tick where the agent's answer starts, bracket back to the caller's last word.
            const double x0 = xOf(it->frame - it->spanFrames);
            const double y = laneH + 2.5;
            p.setPen(m_turnPen);
            p.drawLine(QPointF(x, laneH - 6), QPointF(x, h));
            p.drawLine(QPointF(x0, y), QPointF(x, y));
            p.drawLine(QPointF(x0, laneH - 4), QPointF(x0, laneH + 5));
            break;
        }
        case WaveMarker::Kind::Alarm: {
            p.setPen(m_alarmPen);
            p.drawLine(QPointF(x, 0), QPointF(x, h));
            const QPointF flag[3] = {{x, 0}, {x + 9, 4}, {x, 8}};
            p.setPen(Qt::NoPen);
            p.setBrush(m_alarmPen.color());
            p.drawPolygon(flag, 3);
            p.setBrush(Qt::NoBrush);
            break;
        }
        }
    }
}

} // namespace patchline::ui
