#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/gnss.h"
#include "domain/noise.h"
#include "domain/ringelmann.h"

namespace fc::domain {

// The conditions HJ/T 398-2007 asks the observer to confirm before reading (RULES.md 1).
struct RingelmannConditions {
    bool daylight = false;
    bool sunBehindOrBeside = false;  // sun from the side or behind the observer
    bool plainBackground = false;    // no dark background behind the plume
    bool plumeFreeOfSteam = false;
    bool elevationAtMost45 = false;  // line of sight at most 45 degrees up
    bool windAtMost4_5 = false;      // wind at most 4.5 m/s
    bool noRainOrFog = false;

    bool allConfirmed() const {
        return daylight && sunBehindOrBeside && plainBackground && plumeFreeOfSteam &&
               elevationAtMost45 && windAtMost4_5 && noRainOrFog;
    }
};

// Fields every reading record carries: who, where, when, and what it corrects.
struct ReadingHeader {
    std::string id;  // UUID made on the device
    std::string caseId;
    std::string recordedBy;  // user id; set by the server from the session
    std::string recordedByName;
    std::string deviceId;
    std::int64_t recordedAtMs = 0;  // device clock when saved
    PositionAssessment position;
    std::string supersedes;
    std::string supersedeReason;
};

// A Ringelmann smoke observation with everything HJ/T 398-2007 asks to be recorded.
struct RingelmannObservation {
    ReadingHeader header;
    RingelmannSession session;
    std::int64_t endedAtMs = 0;
    std::string stack;            // which stack or outlet was observed
    double distanceMeters = 0;    // observer to stack
    double bearingDegrees = 0;    // from the observer to the stack
    double windSpeedMs = 0;
    std::string windDirection;
    std::string sky;
    std::string plumeBackground;
    std::string chart;            // the chart used
    RingelmannConditions conditions;
};

// A GB 12348-2008 boundary noise measurement at one point.
struct NoiseRecord {
    ReadingHeader header;
    NoiseMeasurement measurement;
};

// Problems that stop a reading record from being saved (the rules' own verdicts, e.g.
// "incomplete" or "remeasure", are results, not problems); empty when it may be saved.
std::vector<std::string> readingProblems(const RingelmannObservation &observation);
std::vector<std::string> readingProblems(const NoiseRecord &record);

// Readings as text for storage: "0,0.25,1.5" (each value an exact multiple of 0.25).
std::string formatReadings(const std::vector<double> &readings);
std::vector<double> parseReadings(const std::string &text);

}  // namespace fc::domain
