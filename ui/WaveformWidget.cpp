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

WaveformWidget::WaveformWidget(QWidget *parent) : QWidget(parent)
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
    // Barge-in markers.
    p.setPen(QPen(QColor(0xd0, 0x30, 0x30), 2));
    for (const qint64 f : m_entry->bargeInFrames) {
        if (f < firstFrame)
            continue;
        const double x = double(w) - double(ring.total() - f) * colW;
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
}

} // namespace patchline::ui
