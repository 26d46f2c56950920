console.log("nass: not written yet");
