print("relaydeck-bench: nothing yet")
