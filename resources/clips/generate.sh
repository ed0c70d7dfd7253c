#!/usr/bin/env bash
# Regenerates the sandbox speech clips (run once; the results are committed).
# Needs: apt-get install espeak-ng sox
# Each clip is 8 kHz mono PCM16 WAV with its exact text beside it in a .txt file, so the
# simulated agent's transcripts match what was said.
set -euo pipefail
cd "$(dirname "$0")"
say() { # name voice text
    local name=$1 voice=$2 text=$3 tmp
    tmp=$(mktemp --suffix=.wav)
    espeak-ng -v "$voice" -s 170 -w "$tmp" "$text"
    sox "$tmp" -r 8000 -c 1 -b 16 "$name.wav" gain -n -3
    rm -f "$tmp"
    printf '%s\n' "$text" > "$name.txt"
}
say agent0  en-us+f3 "Hello, this is the Patchline demo agent. How can I help you today?"
say agent1  en-us+f3 "Your order shipped yesterday and should arrive on Thursday. I can also tell you about our new delivery options, our loyalty programme, and our returns policy, if you would like to hear about them."
say agent2  en-us+f3 "Of course. I have changed the delivery address on your order. Is there anything else?"
say agent3  en-us+f3 "You are welcome. Goodbye!"
say caller0 en-gb+m3 "Hi. I would like to check the status of my order."
say caller1 en-gb+m3 "Sorry, can you change the delivery address instead?"
say caller2 en-gb+m3 "No, that is all. Thank you."
# The "changed prompt" agent (issue 19 §3): the same turns in other words, so a regression
# suite run against agent_sandbox_changed shows real differences.
say agent0c en-us+f3 "Hi there, you have reached the Patchline demo line. What can I do for you?"
say agent1c en-us+f3 "Let me look that up. Your parcel left our warehouse yesterday and is due on Thursday."
say agent2c en-us+f3 "Sure. The delivery address is now updated. Can I help with anything more?"
say agent3c en-us+f3 "Thanks for calling. Bye!"
