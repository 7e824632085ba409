#pragma once
// Generates the employee dimension: per call centre one centre manager (no manager of their own),
// team leads reporting to the manager, and agents (about 12-15 per lead) reporting to a team lead.
// Only agents create cases, so the generator also returns which centre each agent works in.

#include "ReferenceData.h"
#include "model/Timestamp.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace carepulse::simulate {

class TsvWriter;

enum class EmployeeRole : std::uint8_t { CentreManager, TeamLead, Agent };

struct Employee {
    std::uint32_t key = 0;
    std::uint32_t managerKey = 0; // 0: none (a centre manager)
    std::uint32_t hireDay = 0;    // days since 1970-01-01
    std::uint16_t centre = 0;     // index into ReferenceData::centres
    EmployeeRole role = EmployeeRole::Agent;
    char gender = 'F';
    std::string_view firstName;
    std::string_view lastName;
};

struct Agent {
    std::uint32_t key = 0;
    std::uint16_t centre = 0;
};

struct EmployeeDirectory {
    std::vector<Employee> employees; // ascending key
    std::vector<Agent> agents;       // ascending key
    std::uint32_t maxKey = 0;
};

// Smallest count that gives every centre a manager, a lead and an agent.
std::size_t minimumEmployeeCount(const ReferenceData& reference);

// `hiredBefore`: every hire date is at least a few weeks before this moment (the history's start).
EmployeeDirectory generateEmployees(const ReferenceData& reference, std::size_t count, std::uint64_t seed,
                                    Timestamp hiredBefore);

void writeEmployees(const EmployeeDirectory& directory, TsvWriter& writer);

} // namespace carepulse::simulate
