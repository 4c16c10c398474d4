-- Reserved for the audit trail's signed checkpoints (issue 12).
SELECT 1;
