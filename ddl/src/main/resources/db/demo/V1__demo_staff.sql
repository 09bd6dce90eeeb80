-- Demo staff for the back office. Login: admin / emporium (PBKDF2WithHmacSHA512, 210000 iterations).
INSERT INTO staff_account (id, username, display_name, password_hash, enabled, version)
VALUES (1, 'admin', 'Demo Administrator',
        'PBKDF2WithHmacSHA512:210000:xZPqLveYfKlxvZq6UizdMvh1lxTqDKqaxOrxc8dRfgc=:Ew1pHP/igoDpZ87MUXP0Sdu5kh8RwaqVU2c9s6IkkK9KUmyGf+2+dU8S7g4c3gtVZjESNNx40DOKshWeqDj9Ig==',
        TRUE, 0);
INSERT INTO staff_role (staff_id, role_name) VALUES (1, 'staff');
INSERT INTO staff_role (staff_id, role_name) VALUES (1, 'catalog-manager');
INSERT INTO staff_role (staff_id, role_name) VALUES (1, 'ops');
INSERT INTO staff_role (staff_id, role_name) VALUES (1, 'administrator');
