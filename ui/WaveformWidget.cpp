#include "ui/WaveformWidget.h"

#include "ui/Colors.h"

#include "ui/CallListModel.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <tuple>

namespace patchline::ui {

namespace {
/// dBFS → 0..1 bar height (−60 dB and below is empty).
float barOf(float db)
{
    return std::clamp((db + 60.0f) / 60.0f, 0.0f, 1.0f);
}
} // namespace

WaveformWidget::WaveformWidget(QWidget *parent)
    : QWidget(parent), m_bargePen(Colors::bargeIn(palette()), 2),
      m_turnPen(Colors::turn(palette()), 1), m_alarmPen(Colors::alarm(palette()), 1, Qt::DashLine)
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
    const QColor callerColor = Colors::caller(pal);
    const QColor agentColor = Colors::agent(pal);
    // Lane labels go on top of the waveform, on a Base-coloured plate (issue 18 #9: they
    // were painted under it).
    const auto labels = [&] {
        const QFontMetrics fm(font());
        for (const auto &[text, y, colour] : {std::tuple{tr("Caller"), 2, callerColor},
                                              std::tuple{tr("Agent"), laneH + 3, agentColor}}) {
            const QRect box(4, y, fm.horizontalAdvance(text) + 8, fm.height() + 2);
            QColor plate = pal.color(QPalette::Base);
            plate.setAlpha(220);
            p.fillRect(box, plate);
            p.setPen(colour);
            p.drawText(box, Qt::AlignCenter, text);
        }
    };

    if (m_entry) {
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(0, laneH, w, laneH);
    }
    if (!m_entry) {
        labels();
        p.setPen(pal.color(QPalette::PlaceholderText));
        // Clear of the lane labels on the left.
        const QFontMetrics fm(font());
        const int labelW =
            std::max(fm.horizontalAdvance(tr("Caller")), fm.horizontalAdvance(tr("Agent"))) + 24;
        p.drawText(rect().adjusted(std::max(labelW, 12), 12, -labelW, -12),
                   Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No call selected. Pick one in the calls list; the two sides of the call "
                      "are drawn here as it runs."));
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
    labels();
}

} // namespace patchline::ui
