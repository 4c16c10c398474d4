-- Reserved for retraction, retention, legal holds, compliance review and incidents (issue 12).
SELECT 1;
