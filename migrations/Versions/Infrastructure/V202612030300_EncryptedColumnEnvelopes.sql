create function finnest.is_field_envelope(value bytea) returns boolean
language sql immutable parallel safe set search_path = '' as $$
    select case when value is null then true
                when length(value) >= 30 then get_byte(value, 0) = 1
                else false end
$$;
comment on function finnest.is_field_envelope(bytea) is 'True when a value has the shape of a FieldEncryption version 1 envelope: 0x01, 12-byte nonce, 16-byte tag, at least 1 byte of ciphertext (30 bytes or more). Null passes (the column''s own NOT NULL decides).';
grant execute on function finnest.is_field_envelope(bytea) to finnest_app, finnest_readonly;
alter table onboard.tfn_declarations add constraint ck_tfn_declarations__tfn_encrypted_envelope check (finnest.is_field_envelope(tfn_encrypted)) not valid;
do $$
begin
    if exists (select from onboard.tfn_declarations where not finnest.is_field_envelope(tfn_encrypted)) then
        raise notice 'onboard.tfn_declarations.tfn_encrypted: rows hold values that are not a FieldEncryption envelope; the check guards new writes. Re-encrypt them, then: alter table onboard.tfn_declarations validate constraint ck_tfn_declarations__tfn_encrypted_envelope;';
    else
        alter table onboard.tfn_declarations validate constraint ck_tfn_declarations__tfn_encrypted_envelope;
    end if;
end
$$;
do $$
begin
    execute format('comment on column onboard.tfn_declarations.tfn_encrypted is %L',
        coalesce(col_description('onboard.tfn_declarations'::regclass, (select attnum from pg_attribute where attrelid = 'onboard.tfn_declarations'::regclass and attname = 'tfn_encrypted')), '')
        || ' Envelope (FieldEncryption v1): byte 0 = 0x01, then a 12-byte nonce, a 16-byte GCM tag and the ciphertext (at least 30 bytes in all); anything else is refused.');
end
$$;
comment on constraint ck_tfn_declarations__tfn_encrypted_envelope on onboard.tfn_declarations is 'Only an encrypted envelope is stored here: 0x01, nonce (12 bytes), tag (16 bytes), ciphertext.';
alter table onboard.super_choices add constraint ck_super_choices__smsf_account_number_encrypted_envelope check (finnest.is_field_envelope(smsf_account_number_encrypted)) not valid;
do $$
begin
    if exists (select from onboard.super_choices where not finnest.is_field_envelope(smsf_account_number_encrypted)) then
        raise notice 'onboard.super_choices.smsf_account_number_encrypted: rows hold values that are not a FieldEncryption envelope; the check guards new writes. Re-encrypt them, then: alter table onboard.super_choices validate constraint ck_super_choices__smsf_account_number_encrypted_envelope;';
    else
        alter table onboard.super_choices validate constraint ck_super_choices__smsf_account_number_encrypted_envelope;
    end if;
end
$$;
do $$
begin
    execute format('comment on column onboard.super_choices.smsf_account_number_encrypted is %L',
        coalesce(col_description('onboard.super_choices'::regclass, (select attnum from pg_attribute where attrelid = 'onboard.super_choices'::regclass and attname = 'smsf_account_number_encrypted')), '')
        || ' Envelope (FieldEncryption v1): byte 0 = 0x01, then a 12-byte nonce, a 16-byte GCM tag and the ciphertext (at least 30 bytes in all); anything else is refused.');
end
$$;
comment on constraint ck_super_choices__smsf_account_number_encrypted_envelope on onboard.super_choices is 'Only an encrypted envelope is stored here: 0x01, nonce (12 bytes), tag (16 bytes), ciphertext.';
alter table onboard.bank_details add constraint ck_bank_details__account_number_encrypted_envelope check (finnest.is_field_envelope(account_number_encrypted)) not valid;
do $$
begin
    if exists (select from onboard.bank_details where not finnest.is_field_envelope(account_number_encrypted)) then
        raise notice 'onboard.bank_details.account_number_encrypted: rows hold values that are not a FieldEncryption envelope; the check guards new writes. Re-encrypt them, then: alter table onboard.bank_details validate constraint ck_bank_details__account_number_encrypted_envelope;';
    else
        alter table onboard.bank_details validate constraint ck_bank_details__account_number_encrypted_envelope;
    end if;
end
$$;
do $$
begin
    execute format('comment on column onboard.bank_details.account_number_encrypted is %L',
        coalesce(col_description('onboard.bank_details'::regclass, (select attnum from pg_attribute where attrelid = 'onboard.bank_details'::regclass and attname = 'account_number_encrypted')), '')
        || ' Envelope (FieldEncryption v1): byte 0 = 0x01, then a 12-byte nonce, a 16-byte GCM tag and the ciphertext (at least 30 bytes in all); anything else is refused.');
end
$$;
comment on constraint ck_bank_details__account_number_encrypted_envelope on onboard.bank_details is 'Only an encrypted envelope is stored here: 0x01, nonce (12 bytes), tag (16 bytes), ciphertext.';
alter table people.employees add constraint ck_employees__tax_file_number_encrypted_envelope check (finnest.is_field_envelope(tax_file_number_encrypted)) not valid;
do $$
begin
    if exists (select from people.employees where not finnest.is_field_envelope(tax_file_number_encrypted)) then
        raise notice 'people.employees.tax_file_number_encrypted: rows hold values that are not a FieldEncryption envelope; the check guards new writes. Re-encrypt them, then: alter table people.employees validate constraint ck_employees__tax_file_number_encrypted_envelope;';
    else
        alter table people.employees validate constraint ck_employees__tax_file_number_encrypted_envelope;
    end if;
end
$$;
do $$
begin
    execute format('comment on column people.employees.tax_file_number_encrypted is %L',
        coalesce(col_description('people.employees'::regclass, (select attnum from pg_attribute where attrelid = 'people.employees'::regclass and attname = 'tax_file_number_encrypted')), '')
        || ' Envelope (FieldEncryption v1): byte 0 = 0x01, then a 12-byte nonce, a 16-byte GCM tag and the ciphertext (at least 30 bytes in all); anything else is refused.');
end
$$;
comment on constraint ck_employees__tax_file_number_encrypted_envelope on people.employees is 'Only an encrypted envelope is stored here: 0x01, nonce (12 bytes), tag (16 bytes), ciphertext.';
alter table payroll.super_funds add constraint ck_super_funds__smsf_account_number_encrypted_envelope check (finnest.is_field_envelope(smsf_account_number_encrypted)) not valid;
do $$
begin
    if exists (select from payroll.super_funds where not finnest.is_field_envelope(smsf_account_number_encrypted)) then
        raise notice 'payroll.super_funds.smsf_account_number_encrypted: rows hold values that are not a FieldEncryption envelope; the check guards new writes. Re-encrypt them, then: alter table payroll.super_funds validate constraint ck_super_funds__smsf_account_number_encrypted_envelope;';
    else
        alter table payroll.super_funds validate constraint ck_super_funds__smsf_account_number_encrypted_envelope;
    end if;
end
$$;
do $$
begin
    execute format('comment on column payroll.super_funds.smsf_account_number_encrypted is %L',
        coalesce(col_description('payroll.super_funds'::regclass, (select attnum from pg_attribute where attrelid = 'payroll.super_funds'::regclass and attname = 'smsf_account_number_encrypted')), '')
        || ' Envelope (FieldEncryption v1): byte 0 = 0x01, then a 12-byte nonce, a 16-byte GCM tag and the ciphertext (at least 30 bytes in all); anything else is refused.');
end
$$;
comment on constraint ck_super_funds__smsf_account_number_encrypted_envelope on payroll.super_funds is 'Only an encrypted envelope is stored here: 0x01, nonce (12 bytes), tag (16 bytes), ciphertext.';
alter table payroll.payments add constraint ck_payments__account_number_encrypted_envelope check (finnest.is_field_envelope(account_number_encrypted)) not valid;
do $$
begin
    if exists (select from payroll.payments where not finnest.is_field_envelope(account_number_encrypted)) then
        raise notice 'payroll.payments.account_number_encrypted: rows hold values that are not a FieldEncryption envelope; the check guards new writes. Re-encrypt them, then: alter table payroll.payments validate constraint ck_payments__account_number_encrypted_envelope;';
    else
        alter table payroll.payments validate constraint ck_payments__account_number_encrypted_envelope;
    end if;
end
$$;
do $$
begin
    execute format('comment on column payroll.payments.account_number_encrypted is %L',
        coalesce(col_description('payroll.payments'::regclass, (select attnum from pg_attribute where attrelid = 'payroll.payments'::regclass and attname = 'account_number_encrypted')), '')
        || ' Envelope (FieldEncryption v1): byte 0 = 0x01, then a 12-byte nonce, a 16-byte GCM tag and the ciphertext (at least 30 bytes in all); anything else is refused.');
end
$$;
comment on constraint ck_payments__account_number_encrypted_envelope on payroll.payments is 'Only an encrypted envelope is stored here: 0x01, nonce (12 bytes), tag (16 bytes), ciphertext.';
alter table reach.channels add constraint ck_channels__credentials_encrypted_envelope check (finnest.is_field_envelope(credentials_encrypted)) not valid;
do $$
begin
    if exists (select from reach.channels where not finnest.is_field_envelope(credentials_encrypted)) then
        raise notice 'reach.channels.credentials_encrypted: rows hold values that are not a FieldEncryption envelope; the check guards new writes. Re-encrypt them, then: alter table reach.channels validate constraint ck_channels__credentials_encrypted_envelope;';
    else
        alter table reach.channels validate constraint ck_channels__credentials_encrypted_envelope;
    end if;
end
$$;
do $$
begin
    execute format('comment on column reach.channels.credentials_encrypted is %L',
        coalesce(col_description('reach.channels'::regclass, (select attnum from pg_attribute where attrelid = 'reach.channels'::regclass and attname = 'credentials_encrypted')), '')
        || ' Envelope (FieldEncryption v1): byte 0 = 0x01, then a 12-byte nonce, a 16-byte GCM tag and the ciphertext (at least 30 bytes in all); anything else is refused.');
end
$$;
comment on constraint ck_channels__credentials_encrypted_envelope on reach.channels is 'Only an encrypted envelope is stored here: 0x01, nonce (12 bytes), tag (16 bytes), ciphertext.';
