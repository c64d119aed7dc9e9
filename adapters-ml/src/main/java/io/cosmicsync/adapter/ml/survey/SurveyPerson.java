package io.cosmicsync.adapter.ml.survey;

import java.util.List;

/**
 * One respondent of the Stack Overflow Developer Survey 2019.
 *
 * @param row        1-based data row number: the respondent's stable id (the file has no id column)
 * @param mainBranch e.g. "I am a developer by profession"; empty when not answered
 * @param country    country of residence; empty when not answered
 * @param skills     technologies worked with, as {@code Category:Name} (e.g. {@code Language:Python})
 * @param interests  technologies desired next year, same form
 */
public record SurveyPerson(int row, String mainBranch, String country, List<String> skills, List<String> interests) {

    public SurveyPerson {
        skills = List.copyOf(skills);
        interests = List.copyOf(interests);
    }
}
