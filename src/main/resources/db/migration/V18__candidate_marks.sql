-- The details of a candidate's text that stay the same in another language (figures, addresses,
-- names spelt as codes), so that the same project described in German and in English is found as a
-- copy though the two texts share no words; and, for such a resemblance, the details both state,
-- which the review shows as the reason.
alter table import_candidate add column marks varchar(1968);
alter table import_candidate add column resembles_shared varchar(300);
