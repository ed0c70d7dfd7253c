#include "ui/CallWall.h"

#include "ui/Colors.h"

#include "ui/CallListModel.h"

#include <QMouseEvent>
#include <QPainter>

namespace patchline::ui {

namespace {
constexpr int kGap = 8;

QColor stateColor(bridge::CallState s)
{
    switch (s) {
    case bridge::CallState::Live:
        return {0x1b, 0x87, 0x3a};
    case bridge::CallState::Ended:
        return {0x80, 0x80, 0x80};
    default:
        return {0xb0, 0x70, 0x00};
    }
}
} // namespace

CallWall::CallWall(CallListModel *calls, QWidget *parent) : QWidget(parent), m_calls(calls)
{
    setAccessibleName(tr("Live calls wall: click a call to open it"));
    setMinimumSize(kTileWidth + 2 * kGap, kTileHeight + 2 * kGap);
    // Repaints follow the model's ≤ 30 Hz batches; nothing here runs on its own timer.
    connect(calls, &CallListModel::levelsAppended, this, [this] { update(); });
    connect(calls, &QAbstractItemModel::dataChanged, this, [this] { update(); });
    connect(calls, &QAbstractItemModel::rowsInserted, this, [this] { update(); });
}

QList<quint64> CallWall::tileCalls() const
{
    QList<quint64> ids;
    for (int r = 0; r < m_calls->rowCount(); ++r) {
        const QModelIndex i = m_calls->index(r, 0);
        if (i.data(CallListModel::ActiveRole).toBool())
            ids << i.data(CallListModel::CallIdRole).toULongLong();
    }
    return ids;
}

int CallWall::columns() const
{
    return std::max(1, (width() - kGap) / (kTileWidth + kGap));
}

QRect CallWall::tileRect(int i) const
{
    const int c = columns();
    return {kGap + (i % c) * (kTileWidth + kGap), kGap + (i / c) * (kTileHeight + kGap), kTileWidth,
            kTileHeight};
}

void CallWall::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QList<quint64> ids = tileCalls();
    if (ids.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect(), Qt::AlignCenter, tr("No live calls"));
        return;
    }
    const QFontMetrics fm = fontMetrics();
    const QColor callerColor = Colors::caller(palette()), agentColor = Colors::agent(palette());
    for (int i = 0; i < ids.size(); ++i) {
        const CallEntry *e = m_calls->entry(ids.at(i));
        if (!e)
            continue;
        const QRect t = tileRect(i);
        if (!t.intersects(rect()))
            continue;
        const bridge::CallSnapshot &s = e->snapshot;
        p.setPen(s.alarms.isEmpty() ? palette().mid().color() : QColor(0xb0, 0x00, 0x20));
        p.setBrush(palette().base());
        p.drawRoundedRect(t.adjusted(0, 0, -1, -1), 4, 4);
        // Header: state dot, numbers, duration.
        const int line = fm.height();
        p.setPen(Qt::NoPen);
        p.setBrush(stateColor(s.state));
        p.drawEllipse(QPoint(t.left() + 10, t.top() + 4 + line / 2), 4, 4);
        p.setPen(palette().text().color());
        const QString dur = QStringLiteral("%1:%2")
                                .arg(s.durationMs / 60000)
                                .arg(s.durationMs / 1000 % 60, 2, 10, QLatin1Char('0'));
        const int durW = fm.horizontalAdvance(dur);
        p.drawText(QRect(t.left() + 18, t.top() + 4, t.width() - 26 - durW, line),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(QStringLiteral("%1 → %2").arg(s.from, s.to), Qt::ElideRight,
                                 t.width() - 30 - durW));
        p.drawText(QRect(t.right() - 6 - durW, t.top() + 4, durW, line), Qt::AlignRight, dur);
        // Mini waveform: the newest frames, one per pixel, caller above / agent below.
        const QRect wave(t.left() + 6, t.top() + 8 + line, t.width() - 12,
                         t.height() - 16 - 3 * line);
        const int mid = wave.center().y();
        p.setPen(palette().midlight().color());
        p.drawLine(wave.left(), mid, wave.right(), mid);
        const int n = std::min(e->levels.size(), wave.width());
        const int first = e->levels.size() - n;
        const auto height = [&](float db) {
            return int(std::clamp((db + 60.0f) / 60.0f, 0.0f, 1.0f) * (wave.height() / 2 - 1));
        };
        for (int k = 0; k < n; ++k) {
            const audio::LevelPair &l = e->levels.at(first + k);
            const int x = wave.right() - n + 1 + k;
            if (const int h = height(l.caller.peakDb); h > 0) {
                p.setPen(callerColor);
                p.drawLine(x, mid - 1, x, mid - 1 - h);
            }
            if (const int h = height(l.agent.peakDb); h > 0) {
                p.setPen(agentColor);
                p.drawLine(x, mid + 1, x, mid + 1 + h);
            }
        }
        // Last transcript line, then alarms.
        p.setPen(palette().text().color());
        const QString last =
            e->lines.isEmpty()
                ? tr("(no speech yet)")
                : (e->lines.last().role == bridge::TranscriptLine::Role::Agent ? tr("Agent: %1")
                                                                               : tr("Caller: %1"))
                      .arg(e->lines.last().text);
        p.drawText(QRect(t.left() + 6, wave.bottom() + 2, t.width() - 12, line), Qt::AlignLeft,
                   fm.elidedText(last, Qt::ElideRight, t.width() - 12));
        const QString badges =
            s.alarms.isEmpty()
                ? tr("%1 · barge-ins %2").arg(m_calls->agentName(s.agentId)).arg(s.bargeIns)
                : QStringLiteral("⚠ ") + s.alarms.join(QStringLiteral(" · "));
        p.setPen(s.alarms.isEmpty() ? palette().placeholderText().color()
                                    : QColor(0xb0, 0x00, 0x20));
        p.drawText(QRect(t.left() + 6, wave.bottom() + 2 + line, t.width() - 12, line),
                   Qt::AlignLeft, fm.elidedText(badges, Qt::ElideRight, t.width() - 12));
    }
}

void CallWall::mousePressEvent(QMouseEvent *event)
{
    const QList<quint64> ids = tileCalls();
    for (int i = 0; i < ids.size(); ++i)
        if (tileRect(i).contains(event->position().toPoint())) {
            emit callClicked(ids.at(i));
            return;
        }
}

} // namespace patchline::ui
