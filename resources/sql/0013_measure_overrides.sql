-- Incentives give way to the restriction that says the opposite (DOMAIN.md §8). A green entity whose legal
-- representative is on the serious-dishonesty list, or that missed three 容缺 deadlines, was shown the
-- incentive "告知承诺办理" / "容缺受理" next to the restriction refusing it. From this version an incentive
-- names what it grants in `effect` (commitment, deficiency, green_channel), and a restriction whose effect is
-- the same word prefixed with "no_" withholds it (core/credit/MeasureCatalogue::applicable). I03 already
-- grants green_channel, which R19 (no_green_channel) withholds.
UPDATE measures SET effect = 'commitment' WHERE code = 'I01' AND effect = '';
UPDATE measures SET effect = 'deficiency' WHERE code = 'I02' AND effect = '';
