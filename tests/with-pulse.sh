#!/bin/sh
# Runs a command with a private PulseAudio server that has a null sink (speakers) and a null
# source (microphone), as reference/qt64.md §A3 "CI recipe" describes; stops it afterwards.
# Without pulseaudio installed the command runs as is (it then sees no audio devices).
set -e
if ! command -v pulseaudio >/dev/null 2>&1; then
    exec "$@"
fi
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
HOME=$XDG_RUNTIME_DIR
export HOME
chmod 700 "$XDG_RUNTIME_DIR"
printf 'load-module module-native-protocol-unix\nload-module module-null-sink sink_name=nullsink\nload-module module-null-source source_name=nullsrc\nset-default-sink nullsink\nset-default-source nullsrc\n' >"$XDG_RUNTIME_DIR/pa.pa"
pulseaudio --daemonize=yes --exit-idle-time=-1 --system=no -n -F "$XDG_RUNTIME_DIR/pa.pa" \
    --log-target=file:"$XDG_RUNTIME_DIR/pulse.log"
status=0
PATCHLINE_EXPECT_AUDIO=1 "$@" || status=$?
pulseaudio --kill || true
rm -rf "$XDG_RUNTIME_DIR"
exit $status
