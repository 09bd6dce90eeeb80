-- Demo search rules: synonym groups, a stop word, a pinned product and redirects. The service centre the
-- after-sales queries should go to arrives with the help centre (content context); until then the demo
-- sends them to the campaign page, which shows the rule at work.
INSERT INTO search_rule (id, kind, query, terms, updated_at, updated_by, version) VALUES
    (1, 'SYNONYM', NULL, '裙子,连衣裙,dress', CURRENT_TIMESTAMP, 'demo', 0),
    (2, 'SYNONYM', NULL, '耳机,耳麦,earphones,earbuds', CURRENT_TIMESTAMP, 'demo', 0),
    (3, 'STOP_WORD', NULL, '的', CURRENT_TIMESTAMP, 'demo', 0),
    (4, 'REDIRECT', '售后', '/campaign/autumn-sale', CURRENT_TIMESTAMP, 'demo', 0),
    (5, 'REDIRECT', '秋季大促', '/campaign/autumn-sale', CURRENT_TIMESTAMP, 'demo', 0),
    (6, 'PIN', '衬衫', 'oxford-shirt', CURRENT_TIMESTAMP, 'demo', 0);
