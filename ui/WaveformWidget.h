#pragma once

#include <QPen>
#include <QWidget>

namespace patchline::ui {

struct CallEntry;

/// Two-lane live level display of one call: caller on top, agent below, one column per
/// 20 ms frame, newest at the right. Markers (CallEntry::markers): a red line where the
/// caller barged in (`clear` sent), a green tick where the agent answered a turn with a
/// bracket back to where the caller stopped (the response latency), an orange flag where an
/// alarm was raised. Paints from the call's LevelRing without allocating. GUI thread only;
/// repaint is requested by the owner at ≤ 30 Hz.
class WaveformWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WaveformWidget(QWidget *parent = nullptr);

    /// The call to show (may be null). The entry must outlive its display.
    void setEntry(const CallEntry *entry);
    /// Seconds of history shown across the width (default 10).
    void setWindowSeconds(int seconds);

    QSize sizeHint() const override { return {640, 160}; }
    QSize minimumSizeHint() const override { return {200, 80}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const CallEntry *m_entry = nullptr;
    int m_windowFrames = 500;
    // Made once: painting allocates nothing.
    QPen m_bargePen;
    QPen m_turnPen;
    QPen m_alarmPen;
};

} // namespace patchline::ui
