/**
 * The CLIP mark (CLIPマーク, SPEC §12, CLIP-1..CLIP-7): a lighter certification of
 * compliance with the legal duties of the Act on the Protection of Personal Information,
 * run by an association. A business of any size, one person too, enrols in a plan (Light,
 * Standard, Active); a dedicated advisor guides it until it submits its self-check (a
 * checklist of the Act's legal duties, kept as a data file the association edits) and its
 * conformity declaration; a reviewer certifies it for one year, with cyber insurance
 * attached, e-learning for every employee, complaint and leak consultation and the
 * association as its complaint contact; engine timers remind, open the yearly renewal and
 * lapse an unrenewed certification; anyone can look the certification up in the register.
 */
package jp.pmark.workflow.clip;
