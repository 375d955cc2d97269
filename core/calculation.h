#pragma once

#include "core/trace.h"

#include <string>
#include <vector>

namespace convstep {

// One term of a step's sum as written: a product "3·1", the bias "(-2)", or a group of
// products folded into one "(+ 40 more products = 312)".
struct Term
{
    std::string text;
    double value = 0.0; // what the term adds to the sum
    int products = 1; // products it stands for: 0 for the bias, more than 1 for a group

    bool isGroup() const { return products > 1; }
};

// A step's arithmetic in parts, so that a view can lay out every term of a long sum (or say
// exactly what it folds away). A sum has terms and a result; any other step is one text.
struct Calculation
{
    std::string lead; // written before the terms: "Output (2, 3) = " for an interpolation
    std::vector<Term> terms;
    std::string result; // "55", the value after " = "; empty when the step is not a sum
    std::string text; // the whole arithmetic of a step that is not a sum: "4×4 → 6×6"

    bool isSum() const { return !result.empty(); }
    int productCount() const; // products among the terms, groups counted in full
};

// The step's arithmetic with its real numbers: "3·1 + 5·2 + … = 55" term by term,
// "57 × K → rows 1–2, columns 0–1", "7×7 → 5×5".
Calculation calculationOf(const Trace &trace, const Step &step);

// The sum with only its first `shown` products written out and the rest folded into one term
// "(+ 40 more products = 312)" whose value is the exact sum of the products it hides; the
// bias and the result stay. A calculation that is not a sum, or has no more than `shown`
// products, comes back unchanged.
Calculation groupedCalculation(const Calculation &calculation, int shown);

// The calculation as one line: terms joined by " + ", a group after a single space (it
// brings its own "+"), then " = " and the result.
std::string calculationText(const Calculation &calculation);
std::string calculationText(const Trace &trace, const Step &step);

} // namespace convstep
